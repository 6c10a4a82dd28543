import { expect, it } from 'vitest'

import { request } from '../http/helpers/client'
import { loginToAdmin } from './helpers/admin'
import { VIEWPORTS, screenshot, useBrowser } from './helpers/browser'

/**
 * Details an editor meets on a published story: a new correction is dated now, and the SEO
 * fields' "Auto-generate" gives a meta title and description within their lengths and the hero as
 * the share image.
 * On the oldest demo story, so that the autosaved draft touches nothing other walks read.
 */
const { newPage } = useBrowser()

it.each(VIEWPORTS)('an editor adds a correction and generates the SEO fields at $width px', async (viewport) => {
  const story = (
    await request<{ docs: { id: string; title: string; hero: { image: { filename: string } } }[] }>(
      '/api/articles?limit=1&depth=1&sort=firstPublishedAt&where[_status][equals]=published',
    )
  ).body.docs[0]
  const page = await newPage({ viewport })
  await loginToAdmin(page, 'editor')
  await page.goto(`/admin/collections/articles/${story.id}`)
  await page.locator('#field-title').waitFor()

  await page.getByRole('button', { name: 'Add Correction' }).click()
  const date = page.locator('[id^="field-corrections__"][id$="__date"] input, #field-corrections [class*="date-time-picker"] input').last()
  await date.waitFor()
  const today = new Date().toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }) // "6 Dec 2026"
  await expect.poll(() => date.inputValue()).toContain(today)

  const title = page.locator('#field-meta__title')
  await title.scrollIntoViewIfNeeded()
  const autoGenerate = page.getByText('Auto-generate', { exact: true })
  await autoGenerate.first().click()
  await expect.poll(() => title.inputValue()).toMatch(/ · The Harbour Ledger$/)
  expect((await title.inputValue()).length).toBeLessThanOrEqual(60)
  await autoGenerate.nth(1).click()
  const description = page.locator('#field-meta__description')
  await expect.poll(async () => (await description.inputValue()).length).toBeGreaterThan(0)
  await expect.poll(async () => (await description.inputValue()).length).toBeLessThanOrEqual(150)
  await autoGenerate.last().click()
  await page.getByText(story.hero.image.filename).last().waitFor()
  await screenshot(page, `admin-article-details-${viewport.width}`)
})
