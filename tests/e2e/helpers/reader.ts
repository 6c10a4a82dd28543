import type { Page } from 'playwright-core'
import { expect } from 'vitest'

import { loginAs, request } from '../../http/helpers/client'

export type ReaderLogin = { id: string; email: string; password: string; name: string }

/** A confirmed reader of the test's own (confirmed by an admin: the sign-up mail is the account test's subject). */
export async function readerAccount(name: string): Promise<ReaderLogin> {
  const email = `${name.toLowerCase().replace(/\W+/g, '-')}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}@example.org`
  const password = 'reader-password-1'
  const created = await request<{ doc: { id: string } }>('/api/readers', { method: 'POST', json: { email, password, displayName: name } })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  await request(`/api/readers/${created.body.doc.id}`, { method: 'PATCH', token: await loginAs('admin'), json: { _verified: true } })
  return { id: created.body.doc.id, email, password, name }
}

/** Signs in through the site's sign-in form, as the reader would, and lands on `next`. */
export async function signInThroughForm(page: Page, reader: ReaderLogin, next: string): Promise<void> {
  await page.goto(`/account/sign-in?next=${encodeURIComponent(next)}`)
  await page.getByLabel('E-mail', { exact: true }).fill(reader.email)
  await page.getByLabel('Password', { exact: true }).fill(reader.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.waitForURL((url) => `${url.pathname}${url.search}${url.hash}` === next)
}

/** Presses Tab until the focused element's name (aria-label, label or text) matches (at most `limit` times), as a keyboard user moves. */
export async function tabTo(page: Page, name: RegExp, limit = 150): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab')
    // Roughly the accessible name: its aria-label, its <label>, or its text.
    const focused = await page.evaluate(() => {
      const element = document.activeElement as (HTMLElement & { labels?: NodeListOf<HTMLLabelElement> | null }) | null
      if (!element) return ''
      return (element.getAttribute('aria-label') ?? element.labels?.[0]?.innerText ?? element.innerText ?? '').trim()
    })
    if (name.test(focused)) return
  }
  throw new Error(`no element named ${name} within ${limit} presses of Tab`)
}
