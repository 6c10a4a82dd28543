import { randomUUID } from 'node:crypto'
import { expect } from 'vitest'

import { DEMO_PASSWORD } from '@/seed/demo-logins'
import { request } from '../../http/helpers/client'

/** One POST of the load: its key, its status (0: no answer) and the Retry-After it came with. */
export type Attempt = { key: string; status: number; retryAfter: string | null; id?: string; error?: string }

export type CommentLoad = {
  /** Each comment's text begins with this, so the checks can find them all in the database. */
  prefix: string
  attempts: Attempt[]
  /** Idempotency key → the id of the comment it was acknowledged with. */
  acknowledged: Map<string, string>
  /** The body a key's comment was posted with. */
  bodyOf: (key: string) => string
  /** Posters start no new comment after `at`, finish retrying the ones under way, then resolve. */
  endAt: (at: number) => Promise<void>
}

/**
 * Readers posting comments as a careful client does, `posters` at a time: each comment with its own
 * Idempotency-Key, retried with the same key after a 503, a balancer's 502 or no answer (on whatever `baseUrl()` says
 * then, as a balancer would route it), given up on any other answer (the test's checks report it).
 */
export function startCommentLoad(options: {
  posters: number
  baseUrl: () => string
  token: string
  article: string
  label: string
}): CommentLoad {
  const run = randomUUID().slice(0, 8)
  const prefix = `${options.label} ${run}`
  const attempts: Attempt[] = []
  const acknowledged = new Map<string, string>()
  const formShownAt = new Date(Date.now() - 60_000).toISOString()
  let endsAt = Number.POSITIVE_INFINITY
  const bodyOf = (key: string) => `${prefix} ${key.split('-').slice(-2).join('/')}`

  const post = async (key: string): Promise<Attempt> => {
    try {
      const response = await fetch(`${options.baseUrl()}/api/comments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${options.token}`, 'Idempotency-Key': key },
        body: JSON.stringify({ article: options.article, body: bodyOf(key), formShownAt }),
        signal: AbortSignal.timeout(15_000),
      })
      const body = (await response.json().catch(() => null)) as { comment?: { id: string } } | null
      // A success whose body was cut off (the process died while sending it) is no answer: retried.
      if (response.ok && !body?.comment?.id) return { key, status: 0, retryAfter: null, error: `truncated ${response.status} answer` }
      return { key, status: response.status, retryAfter: response.headers.get('retry-after'), id: body?.comment?.id }
    } catch (error) {
      return { key, status: 0, retryAfter: null, error: (error as Error).message }
    }
  }

  const poster = async (n: number) => {
    for (let i = 0; Date.now() < endsAt; i += 1) {
      const key = `load-${run}-${n}-${i}`
      for (let tries = 0; !acknowledged.has(key) && tries < 150; tries += 1) {
        const attempt = await post(key)
        attempts.push(attempt)
        if (attempt.status >= 200 && attempt.status < 300 && attempt.id) acknowledged.set(key, attempt.id)
        else if (![0, 502, 503].includes(attempt.status)) break
        // A real client waits Retry-After; the test waits a fraction of it to cross the outage quickly.
        else await new Promise((resolve) => setTimeout(resolve, 300))
      }
    }
  }
  const done = Promise.all(Array.from({ length: options.posters }, (_, n) => poster(n)))
  return {
    prefix,
    attempts,
    acknowledged,
    bodyOf,
    endAt: async (at) => {
      endsAt = at
      await done
    },
  }
}

/** "3× 503, 120× 201" for a log line. */
export function statusCounts(attempts: Attempt[]): string {
  const counts = new Map<number, number>()
  for (const attempt of attempts) counts.set(attempt.status, (counts.get(attempt.status) ?? 0) + 1)
  return [...counts].map(([status, count]) => `${count}× ${status === 0 ? 'no answer' : status}`).join(', ')
}

/**
 * On a demo server a test started at `base`: comments posted without review or rate limits, the
 * demo reader's token, and the first story made, to post the load on.
 */
export async function openForComments(base: string): Promise<{ admin: string; reader: string; article: string }> {
  const login = async (collection: 'users' | 'readers', email: string) =>
    (await request<{ token: string }>(`/api/${collection}/login`, { base, method: 'POST', json: { email, password: DEMO_PASSWORD } })).body
      .token
  const admin = await login('users', 'admin@newsroom.test')
  const settings = await request('/api/globals/comment-settings', {
    base,
    method: 'POST',
    token: admin,
    json: { mode: 'post', readerRateLimit: { max: 0, windowSeconds: 60 }, ipRateLimit: { max: 0, windowSeconds: 60 } },
  })
  expect(settings.status).toBe(200)
  const stories = await request<{ docs: { id: string }[] }>('/api/articles?limit=1&depth=0&sort=createdAt', { base })
  return { admin, reader: await login('readers', 'reader@newsroom.test'), article: stories.body.docs[0].id }
}
