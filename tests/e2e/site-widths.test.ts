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

  it('offers the sections in a bar on a desktop and in a menu on a phone, both without JavaScript', async () => {
    const desktop = await browser.newPage({ viewport: { width: 1280, height: 900 }, javaScript: false })
    await desktop.goto('/')
    const bar = desktop.getByRole('navigation', { name: 'Sections', exact: true })
    const first = bar.locator('.section-bar a').first()
    const name = (await first.textContent())!
    expect(await desktop.getByRole('button', { name: 'Sections' }).isVisible()).toBe(false)
    await first.click()
    await desktop.waitForURL(/\/sections\//)
    expect(await desktop.getByRole('heading', { level: 1 }).textContent()).toBe(name)

    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, javaScript: false })
    await phone.goto('/')
    expect(await phone.locator('.section-bar').isVisible()).toBe(false)
    await phone.locator('.section-menu summary').click()
    await screenshot(phone, 'sections-menu-390', { fullPage: false })
    await phone.locator('.section-menu a', { hasText: name }).click()
    await phone.waitForURL(/\/sections\//)
    expect(await phone.getByRole('heading', { level: 1 }).textContent()).toBe(name)
    // The footer names them too, with the ways to follow the site.
    const footer = phone.locator('footer.site-footer')
    expect(await footer.getByRole('link', { name }).count()).toBe(1)
    expect(await footer.getByRole('link', { name: 'Sitemap' }).count()).toBe(1)
  })

  it('prints a story without the site around it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto('/articles/container-ship-aground-halden-sound-channel-closed')
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.site-header').isVisible()).toBe(false)
    expect(await page.locator('#comments').isVisible()).toBe(false)
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true)
  })
})
