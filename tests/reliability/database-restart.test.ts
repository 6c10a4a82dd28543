import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { request } from '../http/helpers/client'
import { onPostgresLeg, preparedEnvironment, startServer, type StartedServer } from '../http/helpers/server'
import { openForComments, startCommentLoad, statusCounts } from './helpers/comment-load'
import { startOwnPostgres, type OwnPostgres } from './helpers/own-postgres'

/**
 * PostgreSQL restarted under a load of comment POSTs. The service runs on a PostgreSQL server of the
 * test's own (the shared one stays up for everything else), readers post with idempotency keys and
 * retry what fails the way a client should (same key, after Retry-After). Every comment that got a
 * 2xx is in the database afterwards, none twice; requests during the outage get 503 with
 * Retry-After, never a hang or a 500; /readyz says so; the service recovers by itself.
 */
const POSTERS = 6
const OUTAGE_AFTER_MS = 3000
const OUTAGE_MS = 4000
const LOAD_AFTER_RESTART_MS = 5000
const REQUEST_TIMEOUT_MS = 15_000

describe.skipIf(!onPostgresLeg)('PostgreSQL restarted during a load of comment POSTs (PostgreSQL leg)', () => {
  let database: OwnPostgres
  let server: StartedServer
  let article: string
  let readerToken: string

  const call = (path: string) => request(path, { base: server.url, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })

  beforeAll(async () => {
    database = await startOwnPostgres('restart')
    const environment = await preparedEnvironment('restart', { DATABASE_URL: database.url })
    // A small pool, so the restart kills connections that are in use as well as idle ones.
    server = await startServer(environment, { JOBS_WORKER: 'false', DATABASE_POOL_MAX: '4' })
    const opened = await openForComments(server.url)
    readerToken = opened.reader
    article = opened.article
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
    database?.destroy()
  })

  it('keeps every acknowledged comment exactly once, answers the outage with 503 and Retry-After, and recovers', async () => {
    const load = startCommentLoad({ posters: POSTERS, baseUrl: () => server.url, token: readerToken, article, label: 'Restart probe' })
    const { attempts, acknowledged } = load
    const readiness: number[] = []
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_AFTER_MS))
    const before = acknowledged.size
    database.stop()
    const stoppedAt = Date.now()
    while (Date.now() - stoppedAt < OUTAGE_MS) {
      readiness.push((await call('/readyz').catch(() => ({ status: 0 }))).status)
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    database.start()
    const restartedAt = Date.now()
    let recoveredMs = -1
    while (recoveredMs < 0 && Date.now() - restartedAt < 30_000) {
      if ((await call('/readyz').catch(() => ({ status: 0 }))).status === 200) recoveredMs = Date.now() - restartedAt
      else await new Promise((resolve) => setTimeout(resolve, 200))
    }
    await load.endAt(Date.now() + LOAD_AFTER_RESTART_MS)

    const unavailable = attempts.filter((attempt) => attempt.status === 503)
    console.log(
      `database restart: ${attempts.length} POSTs (${statusCounts(attempts)}), ` +
        `${acknowledged.size} comments acknowledged (${before} before the outage), ready again ${recoveredMs} ms after the restart`,
    )

    // No hang (0: the client gave up), no 500, nothing but created, replayed or "come back later".
    // (On failure, the server's error lines say which error was not recognised as an outage.)
    const errorLines = () =>
      server
        .output()
        .split('\n')
        .filter((line) => /ERROR|"level":50/.test(line))
        .slice(0, 20)
        .join('\n')
    expect(
      attempts.filter((attempt) => ![200, 201, 503].includes(attempt.status)),
      errorLines(),
    ).toEqual([])
    expect(unavailable.length).toBeGreaterThan(0)
    expect(unavailable.filter((attempt) => !attempt.retryAfter)).toEqual([])
    expect(readiness).toContain(503)
    expect(recoveredMs).toBeGreaterThanOrEqual(0)

    // Every acknowledged comment is stored, once; every key ended acknowledged; nothing else was written.
    const { default: pg } = await import('pg')
    const client = new pg.Client({ connectionString: database.url })
    await client.connect()
    try {
      // (Keys are stored digested; each key's comment has a body of its own.)
      const rows = (
        await client.query<{ id: string; body: string }>('SELECT id, body FROM comments WHERE body LIKE $1', [`${load.prefix}%`])
      ).rows
      const keys = new Set(attempts.map((attempt) => attempt.key))
      expect(rows.length).toBe(keys.size)
      expect(acknowledged.size).toBe(keys.size)
      const stored = new Map(rows.map((row) => [row.body, row.id]))
      for (const [key, id] of acknowledged) expect(stored.get(load.bodyOf(key)), key).toBe(id)
    } finally {
      await client.end()
    }
  }, 180_000)
})
if (!onPostgresLeg) console.log('database-restart.test: runs on the PostgreSQL leg (it restarts a PostgreSQL server of its own)')
