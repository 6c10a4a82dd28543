import { describe, expect, it } from 'vitest'

import { baseUrl, loginAs, request } from './helpers/client'
import { receivedMail, recipient, waitForMail } from './helpers/mail'

/**
 * The account pages' form posts (src/accounts) as a browser sends them, form-encoded with its
 * Origin, and as an attacker would: from another site, with an open-redirect `next`, with bad
 * input, with forged links, and at someone else's subscription. Every answer is a 303 to a page
 * with a notice: never a 500, never a cookie it should not set, never a write it should not make.
 */
const address = () => `form-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@example.test`

type Posted = { status: number; location: string; cookies: string[] }

async function post(
  action: string,
  fields: Record<string, string>,
  options: { origin?: string | null; cookie?: string } = {},
): Promise<Posted> {
  const headers = new Headers({ 'content-type': 'application/x-www-form-urlencoded' })
  const origin = options.origin === undefined ? baseUrl() : options.origin
  if (origin) headers.set('origin', origin)
  if (options.cookie) headers.set('cookie', options.cookie)
  const response = await fetch(`${baseUrl()}/api/readers/account/${action}`, {
    method: 'POST',
    headers,
    body: new URLSearchParams(fields),
    redirect: 'manual',
  })
  return { status: response.status, location: response.headers.get('location') ?? '', cookies: response.headers.getSetCookie() }
}

const loginCookieOf = (posted: Posted) => posted.cookies.find((cookie) => cookie.startsWith('payload-token='))?.split(';')[0] ?? ''

/** A confirmed reader signed in through the sign-in form, and the cookie the browser would keep. */
async function signedInReader(): Promise<{ email: string; cookie: string; id: string }> {
  const email = address()
  const created = await request<{ doc: { id: string } }>('/api/readers', {
    method: 'POST',
    json: { email, password: 'form-password-1', displayName: 'Form Reader' },
  })
  await request(`/api/readers/${created.body.doc.id}`, { method: 'PATCH', token: await loginAs('admin'), json: { _verified: true } })
  const signedIn = await post('sign-in', { email, password: 'form-password-1', next: '/account' })
  expect(signedIn.location).toBe('/account')
  return { email, cookie: loginCookieOf(signedIn), id: created.body.doc.id }
}

const readersWith = async (email: string) =>
  (
    await request<{ totalDocs: number }>(`/api/readers?where[email][equals]=${encodeURIComponent(email)}`, {
      token: await loginAs('admin'),
    })
  ).body.totalDocs

describe('account forms', () => {
  it('signs up, refusing bad input field by field and an address already taken, and writes nothing then', async () => {
    const email = address()
    const cases: [Record<string, string>, string][] = [
      [{ displayName: 'X', email, password: 'long-enough-1' }, 'bad-name'],
      [{ displayName: 'Xavier', email: 'not-an-address', password: 'long-enough-1' }, 'bad-email'],
      [{ displayName: 'Xavier', email, password: 'short' }, 'bad-password'],
      [{ displayName: 'Xavier', email, password: 'x'.repeat(201) }, 'bad-password'],
    ]
    for (const [fields, notice] of cases) {
      const answer = await post('sign-up', { ...fields, next: '/articles/some-story#comments' })
      expect(answer.status).toBe(303)
      expect(answer.location).toBe(`/account/sign-up?next=${encodeURIComponent('/articles/some-story#comments')}&notice=${notice}`)
    }
    expect(await readersWith(email)).toBe(0)

    const made = await post('sign-up', { displayName: 'Xavier', email: email.toUpperCase(), password: 'long-enough-1' })
    expect(made.location).toBe('/account/sign-in?notice=check-mail')
    expect(made.cookies).toEqual([]) // not signed in until the address is confirmed
    await waitForMail(email, /Confirm your e-mail address/)
    expect((await post('sign-up', { displayName: 'Again', email, password: 'long-enough-1' })).location).toBe(
      '/account/sign-in?notice=taken',
    )
    expect(await readersWith(email)).toBe(1)

    // Signing in before confirming says so, and sends the confirmation again.
    const before = (await receivedMail()).length
    expect((await post('sign-in', { email, password: 'long-enough-1' })).location).toBe('/account/sign-in?notice=unverified')
    await waitForMail(email, /Confirm your e-mail address/, { after: before })
  })

  it('refuses a post from another site, and never sends anyone off the site afterwards', async () => {
    const email = address()
    const forged = await post('sign-up', { displayName: 'Mallory', email, password: 'long-enough-1' }, { origin: 'https://evil.example' })
    expect(forged.location).toBe('/account/sign-up?notice=wrong-site')
    expect(await readersWith(email)).toBe(0)
    expect((await post('sign-up', { displayName: 'Mallory', email, password: 'long-enough-1' }, { origin: 'null' })).location).toContain(
      'notice=wrong-site',
    )

    const { email: reader } = await signedInReader()
    for (const next of [
      '//evil.example/',
      'https://evil.example/',
      '/\\evil.example',
      '/api/readers/me',
      '/admin',
      'javascript:alert(1)',
    ]) {
      const signedIn = await post('sign-in', { email: reader, password: 'form-password-1', next })
      expect(signedIn.location, next).toBe('/account')
    }
    const kept = await post('sign-in', { email: reader, password: 'form-password-1', next: '/articles/a-story?sort=oldest#comments' })
    expect(kept.location).toBe('/articles/a-story?sort=oldest#comments')
    expect(kept.cookies.some((cookie) => /^payload-token=.+; .*HttpOnly/i.test(cookie))).toBe(true)
  })

  it('answers a wrong password, an unknown address and forged links alike, with nothing to tell who reads the site', async () => {
    const { email } = await signedInReader()
    expect((await post('sign-in', { email, password: 'wrong-password' })).location).toBe('/account/sign-in?notice=bad-login')
    expect((await post('sign-in', { email: address(), password: 'whatever-1' })).location).toBe('/account/sign-in?notice=bad-login')
    expect((await post('sign-in', {})).location).toBe('/account/sign-in?notice=bad-login')

    const before = (await receivedMail()).length
    const stranger = address()
    expect((await post('email-link', { email: stranger })).location).toBe('/account/sign-in?notice=link-sent')
    expect((await post('email-link', { email })).location).toBe('/account/sign-in?notice=link-sent')
    await waitForMail(email, /Your sign-in link/, { after: before })
    expect((await receivedMail()).slice(before).some((mail) => recipient(mail).includes(stranger))).toBe(false)

    for (const path of ['link?token=forged', `link?token=${'a'.repeat(43)}`, 'confirm?token=not-a-real-token-at-all-123', 'confirm']) {
      const answer = await fetch(`${baseUrl()}/api/readers/account/${path}`, { redirect: 'manual' })
      expect(answer.status, path).toBe(303)
      expect(answer.headers.get('location'), path).toBe('/account/sign-in?notice=bad-link')
      expect(answer.headers.getSetCookie(), path).toEqual([])
    }
  })

  it('signs in once per e-mailed link, whose address confirms itself', async () => {
    const email = address()
    expect((await post('sign-up', { displayName: 'Lina Link', email, password: 'long-enough-1' })).location).toContain('check-mail')
    const before = (await receivedMail()).length
    await post('email-link', { email, next: '/articles/a-story#comments' })
    const mail = await waitForMail(email, /Your sign-in link/, { after: before })
    const link = String(mail.text).match(/https?:\/\/\S+\/api\/readers\/account\/link\?\S+/)?.[0]
    expect(link).toBeTruthy()
    const used = await fetch(link!, { redirect: 'manual' })
    expect(used.headers.get('location')).toBe('/articles/a-story#comments')
    const cookie = used.headers
      .getSetCookie()
      .find((one) => one.startsWith('payload-token='))!
      .split(';')[0]
    const me = await request<{ user: { email: string; _verified?: boolean } | null }>('/api/readers/me', {
      headers: { cookie, 'sec-fetch-site': 'same-origin' },
    })
    expect(me.body.user?.email).toBe(email)
    expect(me.body.user).not.toHaveProperty('signInLinkHash')
    expect((await fetch(link!, { redirect: 'manual' })).headers.get('location')).toBe(
      `/account/sign-in?next=${encodeURIComponent('/articles/a-story#comments')}&notice=bad-link`,
    )
    // The link proved the mailbox: the password works now too.
    expect(loginCookieOf(await post('sign-in', { email, password: 'long-enough-1' }))).not.toBe('')
  })

  it('changes only the signed-in reader’s own things, and sends anyone else to sign in', async () => {
    for (const action of ['profile', 'preferences', 'subscriptions/cancel', 'delete']) {
      expect((await post(action, { displayName: 'Nobody', subscription: 'all', confirm: 'yes' })).location, action).toMatch(
        /^\/account\/sign-in\?(next=%2Faccount%2Fdelete&)?notice=sign-in-first$/,
      )
    }
    const owner = await signedInReader()
    const other = await signedInReader()
    const story = (await request<{ docs: { id: string }[] }>('/api/articles?limit=1&depth=0')).body.docs[0]
    const subscribed = await request<{ subscription: { id: string } }>('/api/comment-subscriptions', {
      method: 'POST',
      headers: { cookie: owner.cookie, origin: baseUrl() },
      json: { article: story.id, scope: 'article' },
    })
    expect(subscribed.status, JSON.stringify(subscribed.body)).toBe(201)
    const id = subscribed.body.subscription.id
    const statusOf = async () =>
      (await request<{ status: string }>(`/api/comment-subscriptions/${id}`, { token: await loginAs('moderator') })).body.status

    await post('subscriptions/cancel', { subscription: id }, { cookie: other.cookie })
    await post('subscriptions/cancel', { subscription: 'all' }, { cookie: other.cookie })
    expect(await statusOf()).toBe('active')
    expect((await post('subscriptions/cancel', { subscription: id }, { cookie: owner.cookie })).location).toBe(
      '/account?notice=subscription-cancelled',
    )
    expect(await statusOf()).toBe('unsubscribed')

    expect((await post('preferences', { notifyDefault: 'everything' }, { cookie: owner.cookie })).location).toBe(
      '/account?notice=bad-preference',
    )
    expect((await post('preferences', { notifyDefault: 'article' }, { cookie: owner.cookie })).location).toBe(
      '/account?notice=preferences-saved',
    )
    const me = await request<{ user: { notifyDefault: string } }>('/api/readers/me', {
      headers: { cookie: owner.cookie, 'sec-fetch-site': 'same-origin' },
    })
    expect(me.body.user.notifyDefault).toBe('article')
    expect((await post('profile', { displayName: 'A' }, { cookie: owner.cookie })).location).toBe('/account?notice=bad-name')
    expect((await post('profile', { displayName: 'Owner Renamed' }, { cookie: owner.cookie })).location).toBe(
      '/account?notice=profile-saved',
    )
    expect((await post('delete', {}, { cookie: owner.cookie })).location).toBe('/account/delete?notice=confirm-delete')
    const deleted = await post('delete', { confirm: 'yes' }, { cookie: owner.cookie })
    expect(deleted.location).toBe('/account/sign-in?notice=account-deleted')
    expect(deleted.cookies.some((cookie) => /^payload-token=;/.test(cookie))).toBe(true)
    expect(await readersWith(owner.email)).toBe(0)
    expect(await readersWith(other.email)).toBe(1)
  })

  it('keeps the account pages out of every cache and the sign-out form ends the session', async () => {
    const page = await fetch(`${baseUrl()}/account/sign-in`)
    expect(page.status).toBe(200)
    expect(page.headers.get('cache-control')).not.toMatch(/public/)
    const anonymous = await fetch(`${baseUrl()}/account`, { redirect: 'manual' })
    expect(anonymous.status).toBe(307)
    expect(anonymous.headers.get('location')).toMatch(/\/account\/sign-in$/)

    const reader = await signedInReader()
    const out = await post('sign-out', {}, { cookie: reader.cookie })
    expect(out.location).toBe('/account/sign-in?notice=signed-out')
    const me = await request<{ user: unknown }>('/api/readers/me', { headers: { cookie: reader.cookie, 'sec-fetch-site': 'same-origin' } })
    expect(me.body.user).toBeNull()
  })
})
