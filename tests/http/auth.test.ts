import { describe, expect, it } from 'vitest'

import { MAX_LOGIN_ATTEMPTS } from '@/collections/Users'
import { loginAs, request } from './helpers/client'

async function newStaffLogin(password: string): Promise<{ id: string; email: string }> {
  const email = `lockout-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@newsroom.test`
  const created = await request<{ doc: { id: string } }>('/api/users', {
    method: 'POST',
    token: await loginAs('admin'),
    json: { email, password, name: 'Lockout probe', role: 'author' },
  })
  expect(created.status).toBe(201)
  return { id: created.body.doc.id, email }
}

const login = (email: string, password: string) =>
  request<{ token?: string; errors?: { message: string }[] }>('/api/users/login', { method: 'POST', json: { email, password } })

describe('staff login lockout', () => {
  it(`locks a login after ${MAX_LOGIN_ATTEMPTS} failures, even with the right password, until an admin unlocks it`, async () => {
    const { email } = await newStaffLogin('the-right-password')
    for (let attempt = 0; attempt < MAX_LOGIN_ATTEMPTS; attempt += 1) {
      expect((await login(email, 'wrong-password')).status).toBe(401)
    }
    const locked = await login(email, 'the-right-password')
    expect(locked.status).toBe(401)
    expect(locked.body.errors?.[0]?.message).toMatch(/locked/i)
    expect(locked.body.token).toBeUndefined()

    const unlock = await request('/api/users/unlock', { method: 'POST', token: await loginAs('admin'), json: { email } })
    expect(unlock.status).toBe(200)
    expect((await login(email, 'the-right-password')).status).toBe(200)
  })

  it('counts parallel guesses too', async () => {
    const { email } = await newStaffLogin('another-right-password')
    const guesses = await Promise.all(Array.from({ length: MAX_LOGIN_ATTEMPTS * 2 }, () => login(email, 'guess')))
    expect(guesses.every((guess) => guess.status === 401)).toBe(true)
    expect((await login(email, 'another-right-password')).status).toBe(401)
  })

  it('does not say whether an e-mail has a login', async () => {
    const unknown = await login('nobody-here@newsroom.test', 'whatever-password')
    const { email } = await newStaffLogin('yet-another-password')
    const wrong = await login(email, 'not-it')
    expect(unknown.status).toBe(wrong.status)
    expect(unknown.body.errors?.[0]?.message).toBe(wrong.body.errors?.[0]?.message)
  })
})
