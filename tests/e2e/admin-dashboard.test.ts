import { expect, it } from 'vitest'

import { loginToAdmin, openAdminList, type StaffRole } from './helpers/admin'
import { DESKTOP, PHONE, horizontalOverflow, screenshot, useBrowser } from './helpers/browser'

/**
 * Each member of staff logs in through the form and lands on a dashboard of their own work: the
 * cards their role needs, each with links that open what they list. The demo has a story scheduled
 * for tomorrow and a comment thread.
 */
const { newPage } = useBrowser()

const CARDS: Record<StaffRole, string[]> = {
  author: ['My drafts', 'Recently published'],
  editor: ['Comments waiting', 'Most commented today', 'Ready for review', 'Scheduled', 'My drafts', 'Recently published'],
  admin: ['Comments waiting', 'Most commented today', 'Ready for review', 'Scheduled', 'My drafts', 'Recently published'],
  moderator: ['Comments waiting', 'Most commented today'],
}

it.each(Object.keys(CARDS) as StaffRole[])('a %s sees the cards of their role and follows one', async (role) => {
  const page = await newPage({ viewport: DESKTOP })
  await loginToAdmin(page, role)
  const cards = page.locator('.staff-desk__card')
  await cards.first().waitFor()
  expect(await cards.locator('h3').allInnerTexts()).toEqual(CARDS[role].map((title) => expect.stringContaining(title)))
  await screenshot(page, `admin-dashboard-${role}`)

  if (role === 'editor') {
    const scheduled = page.getByRole('region', { name: 'Scheduled' })
    const story = scheduled.getByRole('link').first()
    expect(await scheduled.innerText()).toMatch(/\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}/)
    const title = await story.innerText()
    await story.click()
    await page.waitForURL(/\/admin\/collections\/articles\/[0-9a-f-]+$/)
    await expect.poll(() => page.locator('#field-title').inputValue()).toBe(title)
    // The articles list says the same: Scheduled, with the time it goes out.
    await openAdminList(page, 'articles')
    await page.locator('.search-filter__input').fill(title)
    const row = page.locator('tbody tr', { hasText: title })
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1)
    expect(await row.locator('.workflow-state').innerText()).toMatch(/^Scheduled · \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/)
    await screenshot(page, 'admin-articles-scheduled')
  }
  if (role === 'moderator') {
    // The day's busiest story opens the desk on its comments alone.
    const busiest = page.getByRole('region', { name: 'Most commented today' }).getByRole('link').first()
    const title = await busiest.innerText()
    await busiest.click()
    await page.waitForURL(/\/admin\/moderation\?queue=all&article=/)
    await page.locator('.desk-card').first().waitFor()
    expect(new Set(await page.locator('.desk-card__article > a:first-child').allInnerTexts())).toEqual(new Set([title]))
    await page.goBack()
    await page
      .getByRole('region', { name: 'Comments waiting' })
      .getByRole('link', { name: /reported/ })
      .click()
    await page.waitForURL(/\/admin\/moderation\?queue=reported/)
    await page.getByRole('tab', { name: /Reported/, selected: true }).waitFor()
  }
})

it('a moderator’s dashboard fits a phone', async () => {
  const page = await newPage({ viewport: PHONE })
  await loginToAdmin(page, 'moderator')
  await page.locator('.staff-desk__card').first().waitFor()
  const overflow = await horizontalOverflow(page)
  expect(overflow).toBeLessThanOrEqual(0)
  await screenshot(page, 'admin-dashboard-moderator-390')
})
