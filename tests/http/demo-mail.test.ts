import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@/seed/demo-logins'
import { request } from './helpers/client'
import { onPostgresLeg, preparedEnvironment, startServer, type ServerEnvironment, type StartedServer } from './helpers/server'

/**
 * The demo as `npm start` runs it: no SMTP_URL. A new reader signs up on the site; the whole mail,
 * its link included, is in the server log; the link confirms and signs them in; an admin reads the
 * mail in the admin's "Outgoing mail", and no other role can. On SQLite only: the demo is the
 * embedded default, and the PostgreSQL leg runs the same code with a mail server.
 */
let environment: ServerEnvironment
let server: StartedServer

describe.skipIf(onPostgresLeg)('demo mode without a mail server', () => {
  beforeAll(async () => {
    environment = await preparedEnvironment('demo-mail', { SMTP_URL: '' })
    server = await startServer(environment, { SMTP_URL: '', LOG_LEVEL: 'info' })
  })

  afterAll(async () => {
    await server?.stop()
  })

  const staffToken = async (email: string) =>
    (
      await request<{ token: string }>('/api/users/login', {
        base: server.url,
        method: 'POST',
        json: { email, password: DEMO_PASSWORD },
      })
    ).body.token

  it('prints the whole confirmation mail in the log, whose link signs the new reader in', async () => {
    const email = `demo-${Date.now().toString(36)}@example.test`
    const signUp = await fetch(`${server.url}/api/readers/account/sign-up`, {
      method: 'POST',
      headers: { origin: server.url, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ displayName: 'Dora Demo', email, password: 'dora-password-1', next: '/articles/x#comments' }),
      redirect: 'manual',
    })
    expect(signUp.headers.get('location')).toContain('notice=check-mail')

    let link: string | undefined
    await expect
      .poll(() => (link = server.output().match(/http:\/\/\S+\/api\/readers\/account\/confirm\?token=\S+/)?.[0]), { timeout: 10_000 })
      .toBeTruthy()
    expect(server.output()).toContain(`To: ${email}`)
    expect(server.output()).toContain('Subject: Confirm your e-mail address')
    const confirmed = await fetch(link!, { redirect: 'manual' })
    expect(confirmed.headers.get('location')).toBe('/articles/x#comments')
    expect(confirmed.headers.getSetCookie().some((cookie) => cookie.startsWith('payload-token=ey'))).toBe(true)

    const admin = await staffToken('admin@newsroom.test')
    type Outbox = { docs: { to: string; subject: string; text: string }[] }
    await expect
      .poll(async () => (await request<Outbox>('/api/outgoing-mail?limit=5', { base: server.url, token: admin })).body.docs[0]?.to, {
        timeout: 10_000,
      })
      .toBe(email)
    const kept = (await request<Outbox>('/api/outgoing-mail?limit=1', { base: server.url, token: admin })).body.docs[0]
    expect(kept.text).toContain('/api/readers/account/confirm?token=')

    for (const role of ['editor', 'moderator', 'author']) {
      const token = await staffToken(`${role}@newsroom.test`)
      expect((await request('/api/outgoing-mail', { base: server.url, token })).status, role).toBe(403)
    }
    expect((await request('/api/outgoing-mail', { base: server.url })).status).toBe(403)
  })
})
