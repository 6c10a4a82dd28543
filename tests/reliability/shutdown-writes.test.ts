import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../../src/seed/demo-logins'
import { onPostgresLeg, preparedEnvironment, startServer, type ServerEnvironment, type StartedServer } from '../http/helpers/server'

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

type Json = Record<string, unknown>
async function call(
  base: string,
  path: string,
  init: { method?: string; json?: unknown; token?: string; headers?: Record<string, string> } = {},
) {
  const response = await fetch(`${base}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.json === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(init.token ? { Authorization: `JWT ${init.token}` } : {}),
      ...init.headers,
    },
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
    signal: AbortSignal.timeout(20_000),
  })
  const text = await response.text()
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as Json }
}

describe.skipIf(onPostgresLeg)('SIGTERM during a load of comment POSTs (SQLite leg)', () => {
  it('finishes what it took, exits 0, and leaves every acknowledged comment stored once with counts that match', async () => {
    environment = await preparedEnvironment('shutdown-writes')
    const first = await startServer(environment, { JOBS_WORKER: 'false', SHUTDOWN_GRACE_MS: '500' })
    servers.push(first)
    const admin = (
      await call(first.url, '/api/users/login', { method: 'POST', json: { email: 'admin@newsroom.test', password: DEMO_PASSWORD } })
    ).body.token as string
    const settings = await call(first.url, '/api/globals/comment-settings', {
      method: 'POST',
      token: admin,
      json: { mode: 'post', readerRateLimit: { max: 0, windowSeconds: 60 }, ipRateLimit: { max: 0, windowSeconds: 60 } },
    })
    expect(settings.status).toBe(200)
    const reader = (
      await call(first.url, '/api/readers/login', { method: 'POST', json: { email: 'reader@newsroom.test', password: DEMO_PASSWORD } })
    ).body.token as string
    const article = ((await call(first.url, '/api/articles?limit=1&depth=0&sort=createdAt')).body.docs as { id: string }[])[0].id

    let base = first.url
    let second: Promise<StartedServer> | undefined
    const run = randomUUID().slice(0, 8)
    const acknowledged = new Map<string, string>()
    const statuses: number[] = []
    let stopAt = Number.POSITIVE_INFINITY
    const formShownAt = new Date(Date.now() - 60_000).toISOString()

    const poster = async (n: number) => {
      for (let i = 0; Date.now() < stopAt; i += 1) {
        const key = `shutdown-${run}-${n}-${i}`
        for (let tries = 0; !acknowledged.has(key) && tries < 200; tries += 1) {
          try {
            const response = await call(base, '/api/comments', {
              method: 'POST',
              token: reader,
              headers: { 'Idempotency-Key': key },
              json: { article, body: `Shutdown probe ${run} ${n}/${i}`, formShownAt },
            })
            statuses.push(response.status)
            const id = (response.body.comment as { id?: string } | undefined)?.id
            if (response.status < 300 && id) acknowledged.set(key, id)
            else if (response.status !== 503) break
          } catch {
            statuses.push(0) // no answer: the process is gone; the next one will take the retry
          }
          if (!acknowledged.has(key)) await new Promise((resolve) => setTimeout(resolve, 200))
        }
      }
    }

    const load = Promise.all(Array.from({ length: POSTERS }, (_, n) => poster(n)))
    await new Promise((resolve) => setTimeout(resolve, 1500))
    const exit = first.stop('SIGTERM')
    const code = await exit
    second = startServer(environment, { JOBS_WORKER: 'false' })
    const next = await second
    servers.push(next)
    base = next.url
    stopAt = Date.now() + 1500
    await load

    expect(code).toBe(0)
    expect(first.output()).toMatch(/SIGTERM received/)
    expect(statuses.filter((status) => status >= 500 && status !== 503)).toEqual([])
    expect(statuses.filter((status) => status >= 400 && status < 500)).toEqual([])

    // Every acknowledged comment once, and nothing else with this run's text.
    const stored = new Map<string, number>()
    for (let page = 1; ; page += 1) {
      const found = await call(next.url, `/api/comments?limit=100&page=${page}&depth=0&where[body][like]=Shutdown probe ${run}`, {
        token: admin,
      })
      for (const doc of found.body.docs as { id: string }[]) stored.set(doc.id, (stored.get(doc.id) ?? 0) + 1)
      if (!found.body.hasNextPage) break
    }
    expect(stored.size).toBe(acknowledged.size)
    expect([...acknowledged.values()].every((id) => stored.get(id) === 1)).toBe(true)

    // The counters written with the comments agree with the comments.
    const counted = (await call(next.url, `/api/articles/${article}?depth=0`, { token: admin })).body.commentCount
    const approved = (
      await call(
        next.url,
        `/api/comments?limit=1&depth=0&where[article][equals]=${article}&where[status][equals]=approved&where[depth][equals]=0`,
        { token: admin },
      )
    ).body.totalDocs
    const all = (
      await call(next.url, `/api/comments?limit=1&depth=0&where[article][equals]=${article}&where[status][equals]=approved`, {
        token: admin,
      })
    ).body.totalDocs
    expect([approved, all]).toContain(counted)
    console.log(
      `SIGTERM under load: ${statuses.length} POSTs (${statuses.filter((s) => s === 201).length} created, ${statuses.filter((s) => s === 503).length}× 503, ${statuses.filter((s) => s === 0).length} unanswered and retried on the next process); ${acknowledged.size} comments, each stored once; commentCount ${counted}`,
    )
  }, 180_000)
})
