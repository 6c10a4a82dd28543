import { expect } from 'vitest'

import { loginAs, request } from '../../http/helpers/client'

type Settings = Record<string, unknown>
const SETTINGS = '/api/globals/comment-settings'
type Changed =
  | 'mode'
  | 'guestsAllowed'
  | 'minSecondsToSubmit'
  | 'readerRateLimit'
  | 'ipRateLimit'
  | 'suspectWords'
  | 'maxLinks'
  | 'reportsToHold'
  | 'pageSize'

/** A window limit switched off (0), for files that post more than a person would from one address. */
export const NO_LIMIT = { max: 0, windowSeconds: 60 }

/**
 * Changes the comment settings for a test file and gives back a function that puts the values it
 * changed back as they were, so the files after it find the server as the global setup left it.
 */
export async function changeCommentSettings(changes: Partial<Record<Changed, unknown>>): Promise<() => Promise<void>> {
  const admin = await loginAs('admin')
  const before = (await request<Settings>(`${SETTINGS}?depth=0`, { token: admin })).body
  const changed = await request(SETTINGS, { method: 'POST', token: admin, json: changes })
  expect(changed.status, JSON.stringify(changed.body)).toBe(200)
  return async () => {
    const previous = Object.fromEntries(Object.keys(changes).map((key) => [key, before[key]]))
    await request(SETTINGS, { method: 'POST', token: await loginAs('admin'), json: previous })
  }
}

/** A reader account of the test's own (verified by an admin), so no other file's reader is rate-limited by it. */
export async function newReader(displayName: string): Promise<{ id: string; email: string; token: string }> {
  const email = `probe-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@example.test`
  const password = 'probe-reader-password-1'
  const created = await request<{ doc?: { id: string } }>('/api/readers', { method: 'POST', json: { email, password, displayName } })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const id = created.body.doc!.id
  await request(`/api/readers/${id}`, { method: 'PATCH', token: await loginAs('admin'), json: { _verified: true } })
  const session = await request<{ token: string }>('/api/readers/login', { method: 'POST', json: { email, password } })
  expect(session.status).toBe(200)
  return { id, email, token: session.body.token }
}

/**
 * A story no other test file reads counts or threads from: the first-created one without comments.
 * The others take the newest-created story that has comments (the default order), and this one,
 * once it has some, still comes after it.
 */
export async function quietStory(): Promise<{ id: string; slug: string }> {
  const found = await request<{ docs: { id: string; slug: string }[] }>(
    '/api/articles?limit=1&depth=0&sort=createdAt&where[commentCount][equals]=0',
  )
  return found.body.docs[0]
}
