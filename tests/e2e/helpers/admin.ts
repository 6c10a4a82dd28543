import type { Page } from 'playwright-core'

import { DEMO_PASSWORD } from '@/seed/demo-logins'

export type StaffRole = 'admin' | 'editor' | 'author' | 'moderator'

/** Logs a demo staff member in through Payload's login form, as they would, and waits for the dashboard. */
export async function loginToAdmin(page: Page, role: StaffRole): Promise<void> {
  await page.goto('/admin')
  await page.waitForURL(/\/admin\/login/)
  await page.getByLabel('Email').fill(`${role}@newsroom.test`)
  await page.getByLabel('Password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Login' }).click()
  await page.waitForURL((url) => url.pathname === '/admin')
}

/**
 * Opens a collection's list in the admin and waits until it is ready for clicks. Payload's list,
 * once hydrated, writes its query into the address (`?depth=1&limit=10`) with
 * `history.replaceState`; a click on a row before that is lost. A loaded CI machine met it; with
 * the CPU throttled eightfold it happened twelve times in twelve, and never once after this wait.
 */
export async function openAdminList(page: Page, collection: string): Promise<void> {
  await page.goto(`/admin/collections/${collection}`)
  await page.waitForURL((url) => url.pathname === `/admin/collections/${collection}` && url.search !== '')
}
