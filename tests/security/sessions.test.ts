import { describe, expect, it } from 'vitest'

import { baseUrl, loginAs, request } from '../http/helpers/client'
import { receivedMail, waitForMail } from '../http/helpers/mail'

/**
 * Sessions end when they should: logging out ends that session (and, asked to, every one), and a
 * password reset ends every session the old password opened. Reset tokens work once. Staff and
 * readers are separate auth collections with the same rules; the reset mail goes through the real
 * SMTP server the shared test server sends to.
 */
type Collection = 'users' | 'readers'
const me = async (collection: Collection, token: string) =>
  (await request<{ user: { id: string } | null }>(`/api/${collection}/me`, { token })).body.user?.id ?? null
const login = async (collection: Collection, email: string, password: string) => {
  const response = await request<{ token?: string }>(`/api/${collection}/login`, { method: 'POST', json: { email, password } })
  return { status: response.status, token: response.body.token }
}

async function newAccount(collection: Collection, password: string): Promise<{ id: string; email: string }> {
  const email = `session-${collection}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@example.test`
  const admin = await loginAs('admin')
  const data =
    collection === 'users' ? { email, password, name: 'Session probe', role: 'author' } : { email, password, displayName: 'Session probe' }
  const created = await request<{ doc: { id: string } }>(`/api/${collection}`, { method: 'POST', token: admin, json: data })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  if (collection === 'readers')
    await request(`/api/readers/${created.body.doc.id}`, { method: 'PATCH', token: admin, json: { _verified: true } })
  return { id: created.body.doc.id, email }
}

describe.each(['users', 'readers'] as const)('%s sessions', (collection) => {
  it('logout ends that session only; logout of all sessions ends the rest', async () => {
    const { id, email } = await newAccount(collection, 'session-password-1')
    const first = (await login(collection, email, 'session-password-1')).token!
    const second = (await login(collection, email, 'session-password-1')).token!
    const third = (await login(collection, email, 'session-password-1')).token!
    expect(await me(collection, first)).toBe(id)

    expect((await request(`/api/${collection}/logout`, { method: 'POST', token: first })).status).toBe(200)
    expect(await me(collection, first)).toBeNull()
    expect(await me(collection, second)).toBe(id)

    expect((await request(`/api/${collection}/logout?allSessions=true`, { method: 'POST', token: second })).status).toBe(200)
    expect(await me(collection, second)).toBeNull()
    expect(await me(collection, third)).toBeNull()
  })

  it('a password reset ends every session of the old password, and its token works once', async () => {
    const { id, email } = await newAccount(collection, 'before-reset-password')
    const old = (await login(collection, email, 'before-reset-password')).token!
    expect(await me(collection, old)).toBe(id)

    const mailsBefore = (await receivedMail()).length
    const forgot = await request(`/api/${collection}/forgot-password`, { method: 'POST', json: { email } })
    expect(forgot.status).toBe(200)
    const mail = await waitForMail(email, /reset|new password/i, { after: mailsBefore })
    const token = `${mail.text ?? ''} ${mail.html || ''}`.match(/(?:reset\/|account\/reset\?token=)([A-Za-z0-9]{20,})/)?.[1]
    expect(token, 'a reset link in the mail').toBeTruthy()

    const reset = await request(`/api/${collection}/reset-password`, { method: 'POST', json: { token, password: 'after-reset-password' } })
    expect(reset.status, JSON.stringify(reset.body)).toBe(200)
    expect(await me(collection, old)).toBeNull()
    expect((await login(collection, email, 'before-reset-password')).status).toBe(401)
    expect((await login(collection, email, 'after-reset-password')).status).toBe(200)

    const again = await request<{ errors?: { message: string }[] }>(`/api/${collection}/reset-password`, {
      method: 'POST',
      json: { token, password: 'a-third-password' },
    })
    expect(again.status).toBeGreaterThanOrEqual(400)
    expect(again.status).toBeLessThan(500)
    expect(again.body.errors?.[0]?.message).toBeTruthy()
    expect((await login(collection, email, 'a-third-password')).status).toBe(401)
  })

  it('a forgotten-password request for an unknown address answers like one for a known address', async () => {
    const known = await newAccount(collection, 'known-password-1')
    const a = await request(`/api/${collection}/forgot-password`, { method: 'POST', json: { email: known.email } })
    const b = await request(`/api/${collection}/forgot-password`, { method: 'POST', json: { email: `nobody-${Date.now()}@example.test` } })
    expect(a.status).toBe(b.status)
    expect(JSON.stringify(a.body)).toBe(JSON.stringify(b.body))
  })
})

describe('a reader resets their password from the mail, in a browser without JavaScript', () => {
  it('opens a page of the site, saves the new password once, and refuses the link after', async () => {
    const { email } = await newAccount('readers', 'forgotten-password-1')
    const mailsBefore = (await receivedMail()).length
    expect((await request('/api/readers/forgot-password', { method: 'POST', json: { email } })).status).toBe(200)
    const mail = await waitForMail(email, /new password/i, { after: mailsBefore })
    const link = `${mail.text ?? ''} ${mail.html || ''}`.match(/https?:\/\/[^\s"<]+\/account\/reset\?token=[A-Za-z0-9]+/)?.[0]
    expect(link, String(mail.html)).toBeTruthy()

    const page = await fetch(link!, { headers: { Accept: 'text/html' } })
    expect(page.status).toBe(200)
    expect(page.headers.get('cache-control')).toMatch(/private|no-store/)
    const html = await page.text()
    expect(html).toContain('<meta name="referrer" content="same-origin"/>')
    expect(html).toContain('action="/api/readers/account/reset"')
    expect(html).toMatch(/<meta name="robots" content="noindex/)
    const token = new URL(link!).searchParams.get('token')!

    const submit = async (password: string) => {
      const answer = await fetch(`${baseUrl()}/api/readers/account/reset`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: baseUrl() },
        body: new URLSearchParams({ token, password }).toString(),
        redirect: 'manual',
      })
      return answer.headers.get('location')
    }
    expect(await submit('short')).toBe(`/account/reset?token=${token}&notice=bad-password`)
    expect(await submit('remembered-password-2')).toBe('/account/sign-in?notice=password-changed')
    expect((await login('readers', email, 'remembered-password-2')).status).toBe(200)
    expect(await submit('a-third-password-3')).toBe('/account/forgot?notice=bad-link')
    expect((await login('readers', email, 'a-third-password-3')).status).toBe(401)
  })
})
