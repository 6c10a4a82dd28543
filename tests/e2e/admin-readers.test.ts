import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'

import { loginToAdmin, openAdminList } from './helpers/admin'
import { DESKTOP, PHONE, VIEWPORTS, screenshot, useBrowser } from './helpers/browser'

/**
 * Staff looking after readers in Payload's admin, as each would: log in through the form, open the
 * readers list, open a reader and save a note. Moderators and editors see a reader's e-mail read-only
 * and no "Change Password" (only the reader or an admin changes credentials); their saves still
 * work although the admin's form sends the e-mail back. The lists a moderator works from show names,
 * never "Untitled - ID".
 */
const { newPage } = useBrowser()

/**
 * Opens the reader in row `row` of the list. Each test takes a reader of its own: Payload locks a
 * document while someone has it open, and another login would meet the "document locked" dialog.
 */
async function openReader(page: Page, row: number): Promise<void> {
  await openAdminList(page, 'readers')
  const link = page.locator('table tbody tr').nth(row).locator('a').first()
  await link.waitFor()
  await link.click()
  await page.waitForURL(/\/admin\/collections\/readers\/\w+/)
  await page.locator('#field-displayName').waitFor()
}

// The demo has four readers: one each, so no two logins hold the same document.
it.each([
  { role: 'moderator', viewport: DESKTOP, row: 0 },
  { role: 'editor', viewport: DESKTOP, row: 1 },
  { role: 'moderator', viewport: PHONE, row: 3 },
] as const)('a $role at $viewport.width px sees credentials read-only and saves a note on a reader', async ({ role, viewport, row }) => {
  const page = await newPage({ viewport })
  await loginToAdmin(page, role)
  await openReader(page, row)
  expect(await page.locator('#field-email').isEditable()).toBe(false)
  expect(await page.getByRole('button', { name: 'Change Password' }).count()).toBe(0)
  const note = `Checked by ${role} at ${viewport.width}px`
  await page.locator('#field-moderatorNotes').fill(note)
  await page.locator('#action-save').click()
  await page.getByText('Updated successfully').waitFor()
  await page.reload()
  await page.locator('#field-moderatorNotes').waitFor()
  expect(await page.locator('#field-moderatorNotes').inputValue()).toBe(note)
  await screenshot(page, `admin-reader-${role}-${viewport.width}`)
})

it('an admin may change a reader’s credentials', async () => {
  const page = await newPage({ viewport: DESKTOP })
  await loginToAdmin(page, 'admin')
  await openReader(page, 2)
  expect(await page.locator('#field-email').isEditable()).toBe(true)
  expect(await page.getByRole('button', { name: 'Change Password' }).count()).toBe(1)
})

it.each(VIEWPORTS)('a moderator’s lists name articles, commenters and comments at $width px', async (viewport) => {
  const page = await newPage({ viewport })
  await loginToAdmin(page, 'moderator')
  for (const list of ['comments', 'comment-reports', 'moderation-events', 'articles', 'readers']) {
    await openAdminList(page, list)
    await page.locator('.collection-list, .list-controls').first().waitFor()
    await page.waitForLoadState('networkidle')
    expect(await page.getByText(/Untitled - ID/).count(), list).toBe(0)
    await screenshot(page, `admin-moderator-${list}-${viewport.width}`)
  }
})
