import { describe, expect, it } from 'vitest'

import { request } from '../http/helpers/client'
import { horizontalOverflow, screenshot, useBrowser } from './helpers/browser'

/**
 * Every page type of the reader site fits the window from a small phone to a desktop: no sideways
 * scrolling at 320, 390, 768 or 1280 px (each page is loaded once and the window resized, as a
 * phone turned or a window dragged would).
 */
const browser = useBrowser()
const WIDTHS = [320, 390, 768, 1280]

describe('the reader site at every width', () => {
  it('never scrolls sideways, with long words and a 300-character search included', async () => {
    const lead = (
      await request<{ docs: { slug: string; section: { slug: string }; tags: { slug: string }[]; authors: { slug: string }[] }[] }>(
        '/api/articles?depth=1&limit=1&where[slug][equals]=container-ship-aground-halden-sound-channel-closed',
      )
    ).body.docs[0]
    const pages = [
      '/',
      `/articles/${lead.slug}`,
      `/sections/${lead.section.slug}`,
      `/tags/${lead.tags[0].slug}`,
      `/authors/${lead.authors[0].slug}`,
      '/search?q=harbour',
      `/search?q=${'harbourauthorityinspection'.repeat(12)}`,
      '/account/sign-in',
      '/no-such-page',
    ]
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const problems: string[] = []
    for (const path of pages) {
      await page.setViewportSize({ width: 1280, height: 900 })
      await page.goto(path)
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 })
        const overflow = await horizontalOverflow(page)
        if (overflow > 0) {
          problems.push(`${path} at ${width} px: ${overflow} px too wide`)
          await screenshot(page, `overflow-${width}${path.replace(/[^\w]+/g, '-').slice(0, 60)}`, { fullPage: false })
        }
      }
    }
    expect(problems).toEqual([])
  })
})
