import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@/seed/demo-logins'
import { baseUrl, request } from './helpers/client'
import { onPostgresLeg, startSecondProcess, type StartedServer } from './helpers/server'
import { openEventStream } from './helpers/sse'
import { changeCommentSettings, NO_LIMIT } from '../security/helpers/community'

let lead: { id: string }
let reader: string

const post = (body: string) =>
  request<{ comment: { id: string } }>('/api/comments', {
    method: 'POST',
    token: reader,
    json: { article: lead.id, body, formShownAt: new Date(Date.now() - 60_000).toISOString() },
  })
const live = (server = baseUrl(), headers: Record<string, string> = {}) =>
  openEventStream(`${server}/api/articles/${lead.id}/comments/live`, headers)

let restoreSettings: () => Promise<void>

beforeAll(async () => {
  // Published at once and never rate-limited here; put back afterwards, since a file after this one
  // (moderation-desk.test.ts) needs a new commenter's comment held for review.
  restoreSettings = await changeCommentSettings({ mode: 'post', readerRateLimit: NO_LIMIT, ipRateLimit: NO_LIMIT })
  reader = (
    await request<{ token: string }>('/api/readers/login', {
      method: 'POST',
      json: { email: 'lena@readers.test', password: DEMO_PASSWORD },
    })
  ).body.token
  lead = (await request<{ docs: { id: string }[] }>('/api/articles?where[commentCount][greater_than]=0&limit=1&depth=0')).body.docs[0]
})

afterAll(() => restoreSettings())

describe('live comment updates (Server-Sent Events)', () => {
  it('pushes a newly approved comment and the new count, with heartbeats', async () => {
    const stream = await live()
    try {
      expect(stream.response.status).toBe(200)
      expect(stream.response.headers.get('content-type')).toContain('text/event-stream')
      expect(stream.response.headers.get('content-encoding')).toBeNull()
      const posted = await post('Live from the quay')
      const event = await stream.waitFor((e) => e.event === 'comment' && e.data.includes(posted.body.comment.id))
      expect(JSON.parse(event.data)).toMatchObject({ id: posted.body.comment.id, body: 'Live from the quay', status: 'approved' })
      expect(event.id).toMatch(/^\d+-/)
      expect(JSON.stringify(JSON.parse(event.data))).not.toMatch(/guestEmail|ipHash|@/)
      const count = await stream.waitFor((e) => e.event === 'count')
      expect(JSON.parse(count.data).totalComments).toBeGreaterThan(5)
      await stream.waitFor((e) => e.event === 'comment-line' && e.comment === true && stream.events.indexOf(e) > 0, 3000)
    } finally {
      await stream.close()
    }
  })

  it('replays what a client missed when it reconnects with Last-Event-ID', async () => {
    const first = await live()
    const seen = await post('Seen live')
    const event = await first.waitFor((e) => e.event === 'comment' && e.data.includes(seen.body.comment.id))
    await first.close()
    const missed = await post('Missed while away')
    const again = await live(baseUrl(), { 'Last-Event-ID': event.id! })
    try {
      await again.waitFor((e) => e.event === 'comment' && e.data.includes(missed.body.comment.id))
      expect(again.events.filter((e) => e.event === 'comment' && e.data.includes(seen.body.comment.id))).toEqual([])
    } finally {
      await again.close()
    }
  })

  it('bounds open connections per process and answers bad articles with 4xx', async () => {
    const streams = await Promise.all(Array.from({ length: 8 }, () => live()))
    try {
      expect(streams.every((stream) => stream.response.status === 200)).toBe(true)
      const refused = await fetch(`${baseUrl()}/api/articles/${lead.id}/comments/live`)
      expect(refused.status).toBe(503)
      expect(refused.headers.get('retry-after')).toBe('30')
    } finally {
      await Promise.all(streams.map((stream) => stream.close()))
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
    const after = await live()
    expect(after.response.status).toBe(200)
    await after.close()
    expect((await request('/api/articles/00000000-0000-4000-8000-000000000000/comments/live')).status).toBe(404)
    expect((await request('/api/articles/nope/comments/live')).status).toBe(400)
  })
})

// Across processes the events travel through PostgreSQL LISTEN/NOTIFY; on SQLite the service runs
// as one process, which the tests above cover.
describe.skipIf(!onPostgresLeg)('live updates across two service processes (PostgreSQL only: SQLite runs one process)', () => {
  let second: StartedServer
  beforeAll(async () => {
    second = await startSecondProcess('live-second')
  }, 120_000)
  afterAll(async () => {
    await second?.stop()
  })

  it('delivers a comment posted on one process to a page listening on the other', async () => {
    const stream = await live(second.url)
    try {
      const delays: number[] = []
      for (const n of [1, 2, 3, 4, 5]) {
        const posted = await post(`Across processes ${n}`)
        const answered = performance.now()
        await stream.waitFor((e) => e.event === 'comment' && e.data.includes(posted.body.comment.id), 5000)
        delays.push(performance.now() - answered)
      }
      delays.sort((a, b) => a - b)
      console.log(
        `live: POST answered on process A → event read on process B: median ${delays[2].toFixed(0)} ms, max ${delays[4].toFixed(0)} ms`,
      )
    } finally {
      await stream.close()
    }
  })
})
if (!onPostgresLeg) console.log('live.test: the two-process test runs on the PostgreSQL leg only (SQLite runs one process)')
