import { describe, expect, it } from 'vitest'

import { loginAs, request } from './helpers/client'
import { waitForMail } from './helpers/mail'

const signUp = (email: string, extra: Record<string, unknown> = {}) =>
  request<{ doc?: { id: string }; errors?: { message: string }[] }>('/api/readers', {
    method: 'POST',
    json: { email, password: 'a-reader-password', displayName: 'Rhiannon Reader', ...extra },
  })
const login = (email: string) =>
  request<{ token?: string; user?: Record<string, unknown>; errors?: { message: string }[] }>('/api/readers/login', {
    method: 'POST',
    json: { email, password: 'a-reader-password' },
  })
const newAddress = () => `reader-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@example.test`

describe('readers', () => {
  it('answers /me without a login at the edge exactly as Payload does, and with one through Payload', async () => {
    for (const path of ['/api/readers/me', '/api/users/me']) {
      const anonymous = await request(path)
      expect(anonymous.status).toBe(200)
      expect(anonymous.body).toEqual({ user: null })
      expect(anonymous.headers.get('cache-control')).toBe('private, no-store')
      // A cookie that is no login (expired, forged) goes to Payload, which answers the same.
      const stale = await request(path, { headers: { cookie: 'payload-token=expired.jwt.value' } })
      expect(stale.status).toBe(200)
      expect(stale.body).toMatchObject({ user: null })
    }
    const editor = await loginAs('editor')
    const me = await request<{ user: { email: string } | null }>('/api/users/me', { token: editor })
    expect(me.body.user?.email).toBe('editor@newsroom.test')
  })

  it('sign up, get a confirmation e-mail through SMTP, confirm by its link, then log in', async () => {
    const email = newAddress()
    const created = await signUp(email)
    expect(created.status).toBe(201)
    expect((await login(email)).status).toBe(403) // not confirmed yet

    const mail = await waitForMail(email, /Confirm your e-mail address/)
    expect(mail.from?.text).toContain('newsroom@ledger.test')
    const link = String(mail.html)
      .match(/href="([^"]+account\/confirm[^"]+)"/)?.[1]
      ?.replace(/&amp;/g, '&')
    expect(link).toBeTruthy()
    // The link confirms and signs the reader in, then sends them on (to their account: no story given).
    const confirmed = await fetch(link!, { redirect: 'manual' })
    expect(confirmed.status).toBe(303)
    expect(confirmed.headers.get('location')).toBe('/account')
    expect(confirmed.headers.getSetCookie().some((cookie) => cookie.startsWith('payload-token='))).toBe(true)
    const again = await fetch(link!, { redirect: 'manual' }) // used once
    expect(again.headers.get('location')).toBe('/account/sign-in?notice=bad-link')
    expect(again.headers.getSetCookie()).toEqual([])

    const session = await login(email)
    expect(session.status).toBe(200)
    expect(session.body.user).not.toHaveProperty('moderatorNotes')
    expect(session.body.user).not.toHaveProperty('_verificationToken')
  })

  it('refuses forged or incomplete confirmation links with a 400', async () => {
    expect((await request('/api/readers/verify-email')).status).toBe(400)
    expect((await request('/api/readers/verify-email?token=not-a-real-token-at-all-123')).status).toBe(400)
  })

  it('cannot give themselves trust, a ban or notes, and cannot reach staff data or drafts', async () => {
    const email = newAddress()
    await signUp(email, { trustLevel: 'trusted', moderatorNotes: 'I am lovely', banned: false })
    const editor = await loginAs('moderator')
    const found = await request<{ docs: Record<string, unknown>[] }>(`/api/readers?where[email][equals]=${encodeURIComponent(email)}`, {
      token: editor,
    })
    expect(found.body.docs[0]).toMatchObject({ trustLevel: 'new' })
    expect(found.body.docs[0].moderatorNotes ?? null).toBeNull()

    // Confirm through the moderator's access (the address is not read here), then act as the reader.
    const id = String(found.body.docs[0].id)
    await request(`/api/readers/${id}`, { method: 'PATCH', token: await loginAs('admin'), json: { _verified: true } })
    const token = (await login(email)).body.token
    expect(token).toBeTruthy()
    expect((await request('/api/users', { token })).status).toBe(403)
    const drafts = await request<{ totalDocs: number }>('/api/articles?where[_status][equals]=draft&draft=true', { token })
    expect(drafts.body.totalDocs).toBe(0)
    expect((await request('/api/readers', { token })).body).toMatchObject({ totalDocs: 1 })
    expect((await request(`/api/readers/${id}`, { method: 'PATCH', token, json: { trustLevel: 'trusted', bio: 'Hello' } })).status).toBe(
      200,
    )
    expect((await request<Record<string, unknown>>(`/api/readers/${id}`, { token: editor })).body).toMatchObject({
      trustLevel: 'new',
      bio: 'Hello',
    })
    expect((await request('/admin', { token })).status).toBeLessThan(500)
  })

  it('never lets anonymous visitors list readers or their e-mail addresses', async () => {
    const response = await request('/api/readers')
    expect(response.status).toBe(403)
    const inference = await request('/api/readers?where[email][like]=example')
    expect(inference.status).toBe(403)
  })
})
