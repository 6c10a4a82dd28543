import fs from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'

import { request } from '../http/helpers/client'
import { onPostgresLeg, preparedEnvironment, startServer, type ServerEnvironment, type StartedServer } from '../http/helpers/server'
import { openForComments, startCommentLoad, statusCounts } from './helpers/comment-load'

/**
 * SIGTERM in the middle of a load of comment POSTs, as a deploy would send it. Readers post with
 * idempotency keys and retry what got no answer (on the next process, as behind a balancer). The
 * process finishes what it took, exits 0, and afterwards every acknowledged comment is stored once
 * and the article's stored comment count matches its comments: nothing half-written. (SQLite leg:
 * the same shutdown code serves both engines, and the PostgreSQL leg restarts its database instead.)
 */
const POSTERS = 6
let environment: ServerEnvironment | undefined
const servers: StartedServer[] = []

afterAll(async () => {
  for (const server of servers) await server.stop()
  if (environment) fs.rmSync(environment.dir, { recursive: true, force: true })
})

describe.skipIf(onPostgresLeg)('SIGTERM during a load of comment POSTs (SQLite leg)', () => {
  it('finishes what it took, exits 0, and leaves every acknowledged comment stored once with counts that match', async () => {
    environment = await preparedEnvironment('shutdown-writes')
    const first = await startServer(environment, { JOBS_WORKER: 'false', SHUTDOWN_GRACE_MS: '500' })
    servers.push(first)
    const { admin, reader, article } = await openForComments(first.url)

    let base = first.url
    const load = startCommentLoad({ posters: POSTERS, baseUrl: () => base, token: reader, article, label: 'Shutdown probe' })
    await new Promise((resolve) => setTimeout(resolve, 1500))
    const code = await first.stop('SIGTERM')
    // The next process, as a deploy starts it; posters retry what got no answer there.
    const next = await startServer(environment, { JOBS_WORKER: 'false' })
    servers.push(next)
    base = next.url
    await load.endAt(Date.now() + 1500)
    const { attempts, acknowledged } = load
    const asAdmin = (path: string) => request(path, { base: next.url, token: admin })
    const statuses = attempts.map((attempt) => attempt.status)

    expect(code).toBe(0)
    expect(first.output()).toMatch(/SIGTERM received/)
    expect(statuses.filter((status) => status >= 500 && status !== 503)).toEqual([])
    expect(statuses.filter((status) => status >= 400 && status < 500)).toEqual([])

    // Every acknowledged comment once, and nothing else with this run's text.
    const stored = new Map<string, number>()
    for (let page = 1; ; page += 1) {
      const found = await asAdmin(`/api/comments?limit=100&page=${page}&depth=0&where[body][like]=${encodeURIComponent(load.prefix)}`)
      for (const doc of found.body.docs as { id: string }[]) stored.set(doc.id, (stored.get(doc.id) ?? 0) + 1)
      if (!found.body.hasNextPage) break
    }
    expect(stored.size).toBe(acknowledged.size)
    expect([...acknowledged.values()].every((id) => stored.get(id) === 1)).toBe(true)

    // The counters written with the comments agree with the comments.
    const counted = (await asAdmin(`/api/articles/${article}?depth=0`)).body.commentCount
    const approved = (
      await asAdmin(`/api/comments?limit=1&depth=0&where[article][equals]=${article}&where[status][equals]=approved&where[depth][equals]=0`)
    ).body.totalDocs
    const all = (await asAdmin(`/api/comments?limit=1&depth=0&where[article][equals]=${article}&where[status][equals]=approved`)).body
      .totalDocs
    expect([approved, all]).toContain(counted)
    console.log(
      `SIGTERM under load: ${statuses.length} POSTs (${statusCounts(attempts)}; the unanswered retried on the next process); ${acknowledged.size} comments, each stored once; commentCount ${counted}`,
    )
  }, 180_000)
})
