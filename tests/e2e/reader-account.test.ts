import fs from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { request } from '../http/helpers/client'
import { waitForMail } from '../http/helpers/mail'
import { changeCommentSettings, NO_LIMIT } from '../security/helpers/community'
import { DESKTOP, horizontalOverflow, PHONE, screenshot, useBrowser } from './helpers/browser'
import { tabTo } from './helpers/reader'

/**
 * A new reader's way from a story to their first comment and back out, in a real Chromium at
 * 1280 and 390 px: "Sign in to comment" → create an account → the confirmation mail (through the
 * test SMTP server) → its link signs them in and returns them to the story → comment with "Notify
 * of" → the account page: the comment, the subscription cancelled, the data downloaded, the
 * account deleted. Every account page is checked with axe and kept as a screenshot.
 */
const browser = useBrowser()

const LEAD = 'container-ship-aground-halden-sound-channel-closed'
let restore: () => Promise<void>

beforeAll(async () => {
  // Readers only (the default): this is the path for everyone who is not signed in.
  restore = await changeCommentSettings({ guestsAllowed: false, minSecondsToSubmit: 0, readerRateLimit: NO_LIMIT, ipRateLimit: NO_LIMIT })
})

afterAll(() => restore())

const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`

/** Follows the link in the newest mail to `to` whose subject matches, as the reader would from their inbox. */
async function openMailLink(page: Page, to: string, subject: RegExp, linkPath: RegExp): Promise<void> {
  const mail = await waitForMail(to, subject, { dir: inject('mailDir'), timeoutMs: 20_000 })
  const link = `${mail.text ?? ''} ${mail.html || ''}`
    .match(/https?:\/\/[^\s"'<>[\]()]+/g)
    ?.map((address) => address.replace(/&amp;/g, '&'))
    .find((address) => linkPath.test(address))
  expect(link, String(mail.text)).toBeTruthy()
  await page.goto(link!)
}

describe('a new reader', () => {
  for (const viewport of [DESKTOP, PHONE]) {
    it(`signs up from a story, confirms by e-mail, comments, and manages the account (${viewport.width} px)`, async () => {
      const started = Date.now()
      const steps: string[] = []
      const page = await browser.newPage({ viewport })
      const name = `Nadia ${stamp()}`
      const email = `nadia-${stamp()}@example.org`

      await page.goto(`/articles/${LEAD}`)
      steps.push('open the story')
      await page.getByRole('button', { name: 'Click to comment' }).click()
      await page.getByRole('link', { name: 'Sign in to comment' }).click()
      await page.waitForURL(/\/account\/sign-in\?next=/)
      steps.push('Click to comment → Sign in to comment')
      await browser.expectAccessible(page, `sign-in (${viewport.width})`)
      await screenshot(page, `account-sign-in-${viewport.width}`)

      await page.getByRole('link', { name: 'Create an account' }).click()
      await page.getByLabel('Display name').fill(name)
      await page.getByLabel('E-mail').fill(email)
      await page.getByLabel('Password').fill('nadia-password-1')
      await browser.expectAccessible(page, `sign-up (${viewport.width})`)
      await screenshot(page, `account-sign-up-${viewport.width}`)
      await page.getByRole('button', { name: 'Create my account' }).click()
      await page.getByRole('status').filter({ hasText: 'we sent you an e-mail' }).waitFor()
      steps.push('Create an account: name, e-mail, password')

      await openMailLink(page, email, /Confirm your e-mail address/, /\/api\/readers\/account\/confirm\?token=/)
      await page.waitForURL(new RegExp(`/articles/${LEAD}#comments$`))
      await page
        .getByRole('status')
        .filter({ hasText: `Welcome, ${name}` })
        .waitFor()
      steps.push('open the confirmation mail’s link: back on the story, signed in')

      await page.getByRole('button', { name: 'Click to comment' }).click()
      expect(await page.getByText(`Commenting as ${name}`).count()).toBe(1)
      const body = `My first comment here, ${stamp()}.`
      await page.getByLabel('Your comment').fill(body)
      await page.getByLabel('Notify of').selectOption('replies')
      await page.getByRole('button', { name: 'Post comment' }).click()
      const mine = page.locator('li.comment', { hasText: body })
      await mine.waitFor()
      steps.push('write the comment, Notify of replies, Post comment')
      const firstComment = (Date.now() - started) / 1000
      // Signed in, the story is still the copy everyone is served; their own comment (pending or not) comes back by the API.
      const reloaded = await page.reload()
      expect(reloaded?.headers()['cache-control']).toMatch(/^public/)
      await page.locator('li.comment', { hasText: body }).waitFor()

      await page.getByRole('link', { name: 'Your account' }).click()
      await page.waitForURL(/\/account$/)
      const comments = page.getByRole('region', { name: 'My comments' })
      expect(await comments.textContent()).toContain(body)
      expect(await comments.textContent()).toMatch(/Waiting for a moderator|Published/)
      const notify = page.getByRole('region', { name: 'E-mail about comments' })
      expect(await notify.textContent()).toContain('Replies to my comments')
      expect(await horizontalOverflow(page)).toBe(0)
      await browser.expectAccessible(page, `account (${viewport.width})`)
      await screenshot(page, `account-home-${viewport.width}`)

      await notify.getByRole('button', { name: /^Cancel: replies to my comments/ }).click()
      await page.getByRole('status').filter({ hasText: 'Cancelled' }).waitFor()
      expect(await page.getByRole('region', { name: 'E-mail about comments' }).textContent()).toContain('You follow no conversations now')

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download my data' }).click()])
      const data = JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as {
        reader: { email: string }
        comments: { body: string }[]
      }
      expect(data.reader.email).toBe(email)
      expect(data.comments.map((comment) => comment.body)).toContain(body)

      await page.getByRole('link', { name: 'Delete my account' }).click()
      await page.waitForURL(/\/account\/delete$/)
      await browser.expectAccessible(page, `delete account (${viewport.width})`)
      await screenshot(page, `account-delete-${viewport.width}`)
      await page.getByLabel(/Yes, delete my account/).check()
      await page.getByRole('button', { name: 'Delete my account' }).click()
      await page.getByRole('status').filter({ hasText: 'Your account is deleted' }).waitFor()
      const gone = await request<{ user: unknown }>('/api/readers/me', {
        headers: { cookie: (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ') },
      })
      expect(gone.body.user).toBeNull()
      console.log(
        `first comment by a new reader at ${viewport.width} px: ${steps.length} steps, ${firstComment.toFixed(1)} s\n  ${steps.join('\n  ')}`,
      )
    })
  }

  it('signs in with an e-mail link instead of a password, and is told plainly when a password is wrong', async () => {
    const page = await browser.newPage({ viewport: PHONE })
    const email = `rita-link-${stamp()}@example.org`
    const created = await request('/api/readers', {
      method: 'POST',
      json: { email, password: 'rita-password-1', displayName: 'Rita Link' },
    })
    expect(created.status).toBe(201)

    await page.goto(`/account/sign-in?next=${encodeURIComponent(`/articles/${LEAD}#comments`)}`)
    await page.getByLabel('E-mail', { exact: true }).fill(email)
    await page.getByLabel('Password', { exact: true }).fill('not-the-password')
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await page.getByRole('alert').filter({ hasText: 'do not match' }).waitFor()

    await page.getByLabel('Your e-mail address').fill(email)
    await page.getByRole('button', { name: 'E-mail me a sign-in link' }).click()
    await page.getByRole('status').filter({ hasText: 'sign-in link is on its way' }).waitFor()
    await openMailLink(page, email, /Your sign-in link/, /\/api\/readers\/account\/link\?token=/)
    await page.waitForURL(new RegExp(`/articles/${LEAD}#comments$`))
    await page.getByRole('status').filter({ hasText: 'Welcome, Rita Link' }).waitFor()
    await screenshot(page, 'account-signed-in-by-link', { fullPage: false })

    // The e-mail preference: what "Notify of" starts at on every comment form.
    await page.goto('/account')
    const preference = page.locator('form', { has: page.getByLabel('When I comment, notify me of') })
    await preference.getByLabel('When I comment, notify me of').selectOption('replies')
    await preference.getByRole('button', { name: 'Save' }).click()
    await page.getByRole('status').filter({ hasText: 'the comment form will start from that choice' }).waitFor()
    await page.goto(`/articles/${LEAD}`)
    await page.getByRole('button', { name: 'Click to comment' }).click()
    await page.getByText('Commenting as Rita Link').waitFor()
    expect(await page.getByLabel('Notify of').inputValue()).toBe('replies')

    // Forgot the password: the mail's link opens the site's reset page; the new one signs in.
    await page.goto('/account/forgot')
    await page.getByLabel('E-mail').fill(email)
    await page.getByRole('button', { name: 'Send me the link' }).click()
    await page.getByRole('status').filter({ hasText: 'a link to choose a new password is on its way' }).waitFor()
    await openMailLink(page, email, /Choose a new password/, /\/account\/reset\?token=/)
    await browser.expectAccessible(page, 'reset password (390)')
    await page.getByLabel('New password').fill('rita-new-password-2')
    await page.getByRole('button', { name: 'Save the new password' }).click()
    await page.getByRole('status').filter({ hasText: 'Your new password is saved' }).waitFor()
    await page.getByLabel('E-mail', { exact: true }).fill(email)
    await page.getByLabel('Password', { exact: true }).fill('rita-new-password-2')
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await page.waitForURL(/\/account$/)

    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.getByRole('status').filter({ hasText: 'You are signed out' }).waitFor()
    await page.goto('/account')
    await page.waitForURL(/\/account\/sign-in/)
  })

  it('does the whole journey with the keyboard alone', async () => {
    const page = await browser.newPage({ viewport: DESKTOP })
    const name = `Kai ${stamp()}`
    const email = `kai-${stamp()}@example.org`
    const press = (key: string) => page.keyboard.press(key)
    await page.goto(`/articles/${LEAD}`)
    await tabTo(page, /^Click to comment$/)
    await press('Enter')
    await tabTo(page, /^Sign in to comment$/)
    await press('Enter')
    await page.waitForURL(/\/account\/sign-in/)
    await tabTo(page, /^Create an account$/)
    await press('Enter')
    await page.waitForURL(/\/account\/sign-up/)
    await tabTo(page, /^Display name$/)
    await page.keyboard.type(name)
    await press('Tab')
    await page.keyboard.type(email)
    await press('Tab')
    await page.keyboard.type('kai-password-1')
    await press('Enter')
    await page.getByRole('status').filter({ hasText: 'we sent you an e-mail' }).waitFor()

    await openMailLink(page, email, /Confirm your e-mail address/, /\/api\/readers\/account\/confirm\?token=/)
    await page
      .getByRole('status')
      .filter({ hasText: `Welcome, ${name}` })
      .waitFor()
    await tabTo(page, /^Click to comment$/)
    await press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('comment-body')
    await page.keyboard.type('Typed without a mouse.')
    await tabTo(page, /^Notify of/)
    await page.keyboard.press('ArrowDown') // "Replies to my comments"
    await tabTo(page, /^Post comment$/)
    await press('Enter')
    await page.locator('li.comment', { hasText: 'Typed without a mouse.' }).waitFor()

    await page.goto('/account')
    await tabTo(page, /^Cancel: replies to my comments/)
    await press('Enter')
    await page.getByRole('status').filter({ hasText: 'Cancelled' }).waitFor()
    await tabTo(page, /^Delete my account$/)
    await press('Enter')
    await page.waitForURL(/\/account\/delete$/)
    await tabTo(page, /^Yes, delete my account/)
    await press('Space')
    await tabTo(page, /^Delete my account$/)
    await press('Enter')
    await page.getByRole('status').filter({ hasText: 'Your account is deleted' }).waitFor()
  })
})
