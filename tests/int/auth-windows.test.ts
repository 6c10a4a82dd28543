import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { LOCK_MINUTES, MAX_LOGIN_ATTEMPTS } from '@/collections/Users'
import { testPayload, unique } from './helpers/payload'

/**
 * Time windows of the login rules. A third party guessing a password can lock a login, but not for
 * longer than the set window: the lock's end is stamped at most LOCK_MINUTES after the last
 * failure, and once it has passed the right password works again with no one's help. (The HTTP tests lock logins for real and show an
 * admin unlocking them; here the clock is moved by rewriting the stored lock end, since waiting ten
 * minutes is not a test.) A password reset token stops working when it expires.
 */
let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

afterAll(async () => {
  await payload.destroy()
})

/** A staff login or a confirmed reader, with its e-mail. */
async function newAccount(collection: 'users' | 'readers', password: string): Promise<{ id: string; email: string }> {
  const email = `${unique(collection)}@example.test`
  const data =
    collection === 'users'
      ? { email, password, name: 'Window probe', role: 'author' as const }
      : { email, password, displayName: 'Window probe', _verified: true }
  const account = await payload.create({ collection, data: data as never, overrideAccess: true })
  return { id: String(account.id), email }
}

describe.each(['users', 'readers'] as const)('%s lockout window', (collection) => {
  it(`locks after ${MAX_LOGIN_ATTEMPTS} failures for at most ${LOCK_MINUTES} minutes, then lets the owner in`, async () => {
    const { id, email } = await newAccount(collection, 'the-owners-password')
    const login = (password: string) =>
      payload.login({ collection, data: { email, password } }).then(
        () => 'in',
        (error: Error) => error.message,
      )
    for (let attempt = 0; attempt < MAX_LOGIN_ATTEMPTS; attempt += 1) expect(await login('a-guess')).not.toBe('in')
    const lockedAt = Date.now()
    expect(await login('the-owners-password')).toMatch(/locked/i)

    const stored = (await payload.findByID({ collection, id, overrideAccess: true, showHiddenFields: true })) as {
      lockUntil?: string | null
    }
    const lockEnds = new Date(String(stored.lockUntil)).getTime()
    expect(lockEnds).toBeGreaterThan(lockedAt)
    expect(lockEnds - lockedAt).toBeLessThanOrEqual(LOCK_MINUTES * 60_000 + 5_000)

    // The window passes.
    await payload.db.updateOne({ collection, id, data: { lockUntil: new Date(Date.now() - 1000).toISOString() } })
    expect(await login('the-owners-password')).toBe('in')
  })
})

describe.each(['users', 'readers'] as const)('%s password reset tokens', (collection) => {
  it('expire: a token past its expiry changes nothing', async () => {
    const { id, email } = await newAccount(collection, 'the-first-password')
    const token = await payload.forgotPassword({ collection, data: { email }, disableEmail: true })
    expect(token).toBeTruthy()
    await payload.db.updateOne({ collection, id, data: { resetPasswordExpiration: new Date(Date.now() - 1000).toISOString() } })
    await expect(
      payload.resetPassword({ collection, data: { token: String(token), password: 'a-second-password' }, overrideAccess: true }),
    ).rejects.toThrow()
    await expect(payload.login({ collection, data: { email, password: 'the-first-password' } })).resolves.toBeTruthy()
  })
})
