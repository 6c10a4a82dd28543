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
