import http from 'node:http'
import os from 'node:os'
import type { AddressInfo } from 'node:net'
import pg from 'pg'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@/seed/demo-logins'
import { request } from '../http/helpers/client'
import { openEventStream } from '../http/helpers/sse'
import { openForComments, startCommentLoad, statusCounts } from '../reliability/helpers/comment-load'
import { ABANDONED_MESSAGE } from '@/lib/leases/job-lease'
import { AUTH_LIMIT, JOBS_LEASE_MS, startTopology, waitFor, type Topology } from './helpers/topology'

/**
 * One site on three service processes behind HAProxy, sharing a PostgreSQL primary with a streaming
 * replica for reads and an S3 server for media (tests/scale/helpers/topology.ts). Each check speaks to
 * the balancer, or to the processes one by one where "every process" is the point. The destructive
 * checks (replica paused and stopped, object store stopped, a process killed) come last.
 */
let topology: Topology
let admin: string
let editor: string
let reader: string
let article: string
const log = (line: string) => console.log(`scale: ${line}`)

const direct = (n: number) => topology.processes[n].server.url
const health = async (base: string) =>
  (
    await request<{
      readReplicas: { replicas: { fresh: boolean; problem: string | null }[]; reads: { replica: number; primary: number } }
    }>('/healthz', { base })
  ).body
const formShownAt = () => new Date(Date.now() - 60_000).toISOString()
const postComment = (base: string, body: string, headers: Record<string, string> = {}) =>
  request<{ comment: { id: string } }>('/api/comments', {
    base,
    method: 'POST',
    token: reader,
    headers,
    json: { article, body, formShownAt: formShownAt() },
  })

beforeAll(async () => {
  const started = performance.now()
  topology = await startTopology(3)
  log(
    `started PostgreSQL primary :${topology.primary.port} + streaming replica :${topology.replica.port}, s3rver ${topology.s3.url}, ` +
      `${topology.processes.length} service processes (${topology.processes.map((p) => new URL(p.server.url).port).join(', ')}), ` +
      `HAProxy ${topology.balancer} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
  ;({ admin, reader, article } = await openForComments(topology.balancer))
  editor = (
    await request<{ token: string }>('/api/users/login', {
      base: topology.balancer,
      method: 'POST',
      json: { email: 'editor@newsroom.test', password: DEMO_PASSWORD },
    })
  ).body.token
})

afterAll(async () => {
  await topology?.close()
})

describe('sessions across processes', () => {
  it('accepts a token from one process on every other, and a logout on one ends it on all', async () => {
    const login = await request<{ token: string }>('/api/users/login', {
      base: direct(0),
      method: 'POST',
      json: { email: 'moderator@newsroom.test', password: DEMO_PASSWORD },
    })
    expect(login.status).toBe(200)
    const token = login.body.token
    for (let n = 0; n < 3; n += 1) {
      const me = await request<{ user: { email: string } | null }>('/api/users/me', { base: direct(n), token })
      expect(me.body.user?.email, `process ${n + 1}`).toBe('moderator@newsroom.test')
    }
    expect((await request('/api/users/logout', { base: direct(1), method: 'POST', token })).status).toBe(200)
    for (let n = 0; n < 3; n += 1) {
      const me = await request<{ user: unknown }>('/api/users/me', { base: direct(n), token })
      expect(me.body.user, `process ${n + 1} after logout on process 2`).toBeNull()
    }
  })
})

describe('rate limits shared by every process', () => {
  it('counts one address’s sign-in attempts across all processes and answers 429 past the limit', async () => {
    const address = `198.51.100.${Math.floor(Math.random() * 200) + 20}`
    const attempt = (from: string) =>
      request('/api/readers/login', {
        base: topology.balancer,
        method: 'POST',
        headers: { 'X-Forwarded-For': from },
        json: { email: `nobody-${Math.random()}@readers.test`, password: 'wrong-password' },
      })
    const statuses: number[] = []
    const servedBy = new Set<string | null>()
    for (let n = 0; n < AUTH_LIMIT.points; n += 1) {
      const response = await attempt(address)
      statuses.push(response.status)
      servedBy.add(response.headers.get('x-served-by'))
    }
    expect(statuses.every((status) => status === 401)).toBe(true)
    // The balancer spread these over the processes, so no process alone saw the limit's worth.
    expect(servedBy.size).toBeGreaterThanOrEqual(2)
    const refused = await attempt(address)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(JSON.stringify(refused.body)).toMatch(/Too many sign-in.*try again in \d+ s/)
    // Every process refuses it now, and another address is not affected.
    for (let n = 0; n < 3; n += 1) {
      const again = await request('/api/readers/login', {
        base: direct(n),
        method: 'POST',
        headers: { 'X-Forwarded-For': address },
        json: { email: 'x@readers.test', password: 'y' },
      })
      expect(again.status, `process ${n + 1}`).toBe(429)
    }
    expect((await attempt('198.51.100.3')).status).toBe(401)
    log(
      `rate limit: ${AUTH_LIMIT.points} sign-ins served by ${[...servedBy].sort().join(', ')} → the 7th refused with 429, then on every process`,
    )
  })
})

describe('cache invalidation across processes', () => {
  it('an edit saved on one process purges the cached page and API read of every process', async () => {
    const story = (
      await request<{ id: string; slug: string; title: string }>(`/api/articles/${article}?depth=0`, { base: topology.balancer })
    ).body
    const page = `/articles/${story.slug}`
    const api = `/api/articles/${article}?depth=0`
    for (let n = 0; n < 3; n += 1) {
      for (const path of [page, api]) {
        await fetch(`${direct(n)}${path}`).then((response) => response.arrayBuffer())
        const second = await fetch(`${direct(n)}${path}`)
        await second.arrayBuffer()
        expect(second.headers.get('x-cache'), `${path} on process ${n + 1}`).toBe('HIT')
      }
    }
    const title = `${story.title.replace(/ \(updated [^)]*\)$/, '')} (updated ${Date.now().toString(36)})`
    const saved = await request(`/api/articles/${article}`, { base: direct(0), method: 'PATCH', token: editor, json: { title } })
    expect(saved.status).toBe(200)
    const started = Date.now()
    for (let n = 0; n < 3; n += 1) {
      await waitFor(
        `the new title on process ${n + 1}`,
        async () => (await (await fetch(`${direct(n)}${page}`)).text()).includes(title),
        5000,
      )
      const body = (await request<{ title: string }>(api, { base: direct(n) })).body
      expect(body.title).toBe(title)
    }
    log(`purge: the edit on process 1 showed on all 3 processes within ${Date.now() - started} ms`)
  })

  it('renders a change for all processes at once: the warm-up job renders it, every process reads that copy', async () => {
    const renders = async () => {
      let sum = 0
      for (let n = 0; n < 3; n += 1)
        sum += (await request<{ pageCache: { renders: number } }>('/healthz', { base: direct(n) })).body.pageCache.renders
      return sum
    }
    const listed = await request<{ docs: { id: string; slug: string; title: string }[] }>('/api/articles?limit=5&depth=0', {
      base: topology.balancer,
    })
    const story = listed.body.docs.find((doc) => doc.id !== article)!
    const page = `/articles/${story.slug}`
    // Renders settle once nothing renders for four seconds: the warm-ups of the edit before (two
    // seconds after it, then the job's next turn), and of the related-stories refresh it queued.
    const settled = async () => {
      let last = await renders()
      for (let quiet = 0; quiet < 4;) {
        await new Promise((resolve) => setTimeout(resolve, 1000))
        const now = await renders()
        quiet = now === last ? quiet + 1 : 0
        last = now
      }
      return last
    }
    const before = await settled()
    const title = `${story.title} (warmed ${Date.now().toString(36)})`
    expect((await request(`/api/articles/${story.id}`, { base: direct(1), method: 'PATCH', token: editor, json: { title } })).status).toBe(
      200,
    )
    // The job (on whichever process's worker takes it) renders the story and the front page; the
    // related refresh the edit queued renders the pages whose "You may also like" it changed.
    await waitFor('the warm-up renders', async () => (await renders()) - before >= 2, 20_000)
    const warmed = await settled()
    for (let n = 0; n < 3; n += 1) {
      for (let read = 0; read < 3; read += 1) {
        const response = await fetch(`${direct(n)}${page}`)
        expect(response.headers.get('x-cache'), `process ${n + 1}, read ${read + 1}`).toBe('HIT')
        expect(await response.text()).toContain(title)
      }
    }
    expect(await renders()).toBe(warmed)
    log(
      `shared cache: one edit, ${warmed - before} renders by the warm-ups (story, front page, related refresh), none for 9 reads across 3 processes`,
    )
  })
})

describe('a crowd on every process at once', () => {
  it('renders a page nobody has asked for once, while the other processes wait for its copy', async () => {
    const path = `/search?q=harbour+crowd${Date.now().toString(36)}` // in no cache yet
    const crowd = await Promise.all(Array.from({ length: 15 }, (_, n) => fetch(`${direct(n % 3)}${path}`)))
    const bodies = await Promise.all(crowd.map((response) => response.text()))
    expect(crowd.map((response) => response.status)).toEqual(Array(15).fill(200))
    expect(new Set(bodies).size).toBe(1)
    expect(crowd.filter((response) => response.headers.get('x-cache') === 'MISS')).toHaveLength(1)
    log('shared cache: 15 readers on 3 processes at once, 1 render')
  })
})

describe('live comment updates across processes', () => {
  it('a comment posted on one process reaches readers connected to the others', async () => {
    const streams = await Promise.all([1, 2].map((n) => openEventStream(`${direct(n)}/api/articles/${article}/comments/live`)))
    try {
      const posted = await postComment(direct(0), 'Live across processes')
      expect(posted.status).toBe(201)
      for (const stream of streams)
        await stream.waitFor((event) => event.event === 'comment' && event.data.includes(posted.body.comment.id), 10_000)
    } finally {
      await Promise.all(streams.map((stream) => stream.close()))
    }
  })
})

/** A webhook receiver that counts deliveries per comment id. */
/** Counts deliveries per comment; a delivery `hold` picks is never answered, so its job stays mid-run. */
async function webhookReceiver(hold: (comment: { body: string }) => boolean = () => false) {
  const deliveries = new Map<string, number>()
  const held: string[] = []
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      const comment = (JSON.parse(body) as { comment: { id: string; body: string } }).comment
      deliveries.set(comment.id, (deliveries.get(comment.id) ?? 0) + 1)
      if (hold(comment)) held.push(comment.id)
      else res.end('ok')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
  const setHooks = (hooks: { url: string; secret: string; events: string[] }[]) =>
    request('/api/globals/comment-settings', { base: topology.balancer, method: 'POST', token: admin, json: { webhooks: hooks } })
  expect((await setHooks([{ url, secret: 'scale-webhook-secret-value', events: ['comment.created'] }])).status).toBe(200)
  return {
    deliveries,
    held,
    close: async () => {
      await setHooks([])
      server.closeAllConnections()
      server.close()
    },
  }
}

describe('jobs with a worker in every process', () => {
  it('delivers each of 45 queued webhooks exactly once while three workers poll every second', async () => {
    const receiver = await webhookReceiver()
    try {
      const ids: string[] = []
      for (let n = 0; n < 45; n += 1) {
        const posted = await postComment(topology.balancer, `Job probe ${n}`)
        expect(posted.status).toBe(201)
        ids.push(posted.body.comment.id)
      }
      await waitFor('every webhook delivered', async () => ids.every((id) => receiver.deliveries.has(id)), 60_000)
      // Workers keep polling: a job claimed twice would show up now.
      await new Promise((resolve) => setTimeout(resolve, 3000))
      const counts = ids.map((id) => receiver.deliveries.get(id))
      expect(counts.filter((count) => count !== 1)).toEqual([])
      log(`jobs: 45 webhooks queued through 3 processes, each delivered exactly once`)
    } finally {
      await receiver.close()
    }
  })
})

/** Rows of the primary's job table, for what the processes do not show over HTTP. */
async function jobRows<Row extends object>(query: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: topology.primary.url })
  await client.connect()
  try {
    return (await client.query<Row>(query, values)).rows
  } finally {
    await client.end()
  }
}

/** Comment id → the abandoned delivery job of that comment's webhook. */
async function abandonedDeliveries(): Promise<Map<string, { claimedBy: string; message: string }>> {
  const rows = await jobRows<{ body: string; claimed_by: string; message: string }>(
    `SELECT input->>'body' AS body, claimed_by, error->>'message' AS message FROM payload_jobs
      WHERE task_slug = 'deliverWebhook' AND has_error AND (error->>'abandoned')::boolean`,
  )
  return new Map(
    rows.map((row) => [
      (JSON.parse(row.body) as { comment: { id: string } }).comment.id,
      { claimedBy: row.claimed_by, message: row.message },
    ]),
  )
}

/** The worker that claimed the delivery job of a comment's webhook. */
async function claimantOf(commentId: string): Promise<string> {
  const rows = await jobRows<{ claimed_by: string }>(
    `SELECT claimed_by FROM payload_jobs WHERE task_slug = 'deliverWebhook' AND processing AND input->>'body' LIKE $1`,
    [`%"id":"${commentId}"%`],
  )
  return rows[0]?.claimed_by ?? 'nobody'
}

async function upload(base: string, name: string) {
  const bytes = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#2a6f97' } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), name)
  form.append('_payload', JSON.stringify({ alt: `Scale probe ${name}` }))
  return request<{ doc: { id: string; filename: string; url: string } }>('/api/media', { base, method: 'POST', token: editor, body: form })
}

const mediaCount = async () =>
  (await request<{ totalDocs: number }>('/api/media?limit=1&depth=0', { base: topology.balancer, token: editor })).body.totalDocs

describe('media in S3-compatible object storage', () => {
  it('stores an upload in the bucket and serves the same bytes from every process', async () => {
    const name = `scale-${Date.now().toString(36)}.png`
    const uploaded = await upload(topology.balancer, name)
    expect(uploaded.status).toBe(201)
    const { filename, url } = uploaded.body.doc
    const original = await fetch(`${topology.s3.url}/${topology.s3.bucket}/${filename}`)
    expect(original.status).toBe(200)
    const stored = Buffer.from(await original.arrayBuffer())
    for (let n = 0; n < 3; n += 1) {
      const served = await fetch(`${direct(n)}${new URL(url, direct(n)).pathname}`)
      expect(served.status, `process ${n + 1}`).toBe(200)
      expect(Buffer.from(await served.arrayBuffer()).equals(stored)).toBe(true)
    }
    expect((await fetch(`${direct(0)}/api/media/file/no-such-${name}`)).status).toBe(404)
  })
})

describe('read replicas', () => {
  const replicaClient = async () => {
    const client = new pg.Client({ connectionString: topology.replica.url })
    await client.connect()
    return client
  }
  const rowsReadOnReplica = async (client: pg.Client) =>
    Number((await client.query("SELECT tup_returned FROM pg_stat_database WHERE datname = 'newsroom'")).rows[0].tup_returned)
  // An anonymous API read the edge cache has not seen (public API reads are cached by their whole
  // query), so it reaches the database. Signed-in requests always read the primary.
  const uncached = (n: number, base = topology.balancer, headers: Record<string, string> = {}) =>
    request<{ docs: { id: string }[] }>(
      `/api/comments?where[article][equals]=${article}&sort=-createdAt&limit=5&depth=0&probe=${n}-${Math.random().toString(36).slice(2)}`,
      { base, headers },
    )

  it('sends anonymous reads to the replica while it is fresh', async () => {
    await waitFor('every process to find the replica fresh', async () =>
      (await Promise.all([0, 1, 2].map((n) => health(direct(n))))).every((body) => body.readReplicas.replicas[0].fresh),
    )
    // Past the window in which a process reads from the primary after any purge (the settings saved above).
    await new Promise((resolve) => setTimeout(resolve, 2500))
    const client = await replicaClient()
    try {
      const before = await Promise.all([0, 1, 2].map((n) => health(direct(n))))
      const rowsBefore = await rowsReadOnReplica(client)
      for (let n = 0; n < 30; n += 1) expect((await uncached(n)).status).toBe(200)
      const after = await Promise.all([0, 1, 2].map((n) => health(direct(n))))
      const replicaReads = after.reduce((sum, body, n) => sum + body.readReplicas.reads.replica - before[n].readReplicas.reads.replica, 0)
      const primaryReads = after.reduce((sum, body, n) => sum + body.readReplicas.reads.primary - before[n].readReplicas.reads.primary, 0)
      // Writes elsewhere (job workers, purges) may send a few reads to the primary; most go to the replica.
      expect(replicaReads).toBeGreaterThan(30)
      expect(replicaReads).toBeGreaterThan(primaryReads)
      // PostgreSQL's cumulative statistics are flushed by each backend at most once a second, and by
      // an idle one only after 10 s (PGSTAT_IDLE_INTERVAL): read right away they may not show the reads yet.
      await waitFor('the replica to count the rows it returned', async () => (await rowsReadOnReplica(client)) > rowsBefore)
      log(`replica: 30 uncached anonymous comment reads → ${replicaReads} queries on the replica, ${primaryReads} on the primary`)
      // A client that wrote a moment ago carries the cookie: its reads all go to the primary.
      const { reads } = (await health(direct(0))).readReplicas
      const [replicaBefore, primaryBefore] = [reads.replica, reads.primary]
      for (let n = 0; n < 5; n += 1) expect((await uncached(n, direct(0), { cookie: 'newsroom-primary=1' })).status).toBe(200)
      const later = (await health(direct(0))).readReplicas.reads
      // (The job worker's once-a-second look at the queue may read from the replica meanwhile.)
      expect(later.replica - replicaBefore).toBeLessThanOrEqual(3)
      expect(later.primary - primaryBefore).toBeGreaterThanOrEqual(5)
      // So does anyone signed in: a logout on one process must be seen by the next request anywhere.
      const signedIn = (await health(direct(0))).readReplicas.reads
      for (let n = 0; n < 5; n += 1) expect((await uncached(n, direct(0), { authorization: `JWT ${reader}` })).status).toBe(200)
      const afterSignedIn = (await health(direct(0))).readReplicas.reads
      expect(afterSignedIn.replica - signedIn.replica).toBeLessThanOrEqual(3)
      expect(afterSignedIn.primary - signedIn.primary).toBeGreaterThanOrEqual(5)
    } finally {
      await client.end()
    }
  })

  it('reads a client’s own write from the primary, and leaves a replica that lags behind', async () => {
    const client = await replicaClient()
    try {
      await client.query('SELECT pg_wal_replay_pause()')
      // The reader's comment is not on the replica; the cookie its POST set sends its next reads to the primary.
      const posted = await postComment(topology.balancer, 'Written while the replica is paused')
      expect(posted.status).toBe(201)
      const cookie = (posted.headers.get('set-cookie') ?? '').match(/newsroom-primary=[^;]+/)?.[0]
      expect(cookie).toBeTruthy()
      const own = await uncached(0, topology.balancer, { cookie: cookie! })
      expect(own.body.docs.map((doc) => doc.id)).toContain(posted.body.comment.id)
      // Past the lag bound every process stops reading from the paused replica, so anyone sees it.
      await waitFor('the paused replica to be judged stale', async () =>
        (await Promise.all([0, 1, 2].map((n) => health(direct(n))))).every((body) => !body.readReplicas.replicas[0].fresh),
      )
      for (let n = 0; n < 3; n += 1) {
        const anyone = await uncached(n, direct(n))
        expect(
          anyone.body.docs.map((doc) => doc.id),
          `process ${n + 1}`,
        ).toContain(posted.body.comment.id)
      }
      expect((await health(direct(0))).readReplicas.replicas[0].problem).toMatch(/behind the primary/)
    } finally {
      await client.query('SELECT pg_wal_replay_resume()').catch(() => undefined)
      await client.end()
    }
    await waitFor('the replica to catch up', async () => (await health(direct(0))).readReplicas.replicas[0].fresh)
  })

  it('keeps serving from the primary while the replica is down', async () => {
    topology.replica.stop()
    try {
      await waitFor('every process to drop the stopped replica', async () =>
        (await Promise.all([0, 1, 2].map((n) => health(direct(n))))).every((body) => !body.readReplicas.replicas[0].fresh),
      )
      for (let n = 0; n < 9; n += 1) expect((await uncached(n)).status).toBe(200)
      expect((await request('/readyz', { base: topology.balancer })).status).toBe(200)
    } finally {
      topology.replica.start()
    }
    await waitFor('the restarted replica to serve again', async () => (await health(direct(0))).readReplicas.replicas[0].fresh, 30_000)
  })
})

describe('faults', () => {
  it('answers uploads with 503 while the object store is down, and saves nothing', async () => {
    const before = await mediaCount()
    const existing = (await request<{ docs: { url: string }[] }>('/api/media?limit=1&depth=0', { base: topology.balancer })).body.docs[0]
    await topology.s3.stop()
    try {
      const refused = await upload(topology.balancer, `store-down-${Date.now().toString(36)}.png`)
      expect(refused.status).toBe(503)
      expect(refused.headers.get('retry-after')).toBeTruthy()
      expect(JSON.stringify(refused.body)).toMatch(/Media storage is unavailable/)
      expect(await mediaCount()).toBe(before)
      const file = await fetch(`${topology.balancer}${new URL(existing.url, topology.balancer).pathname}`)
      expect(file.status).toBe(503)
    } finally {
      await topology.s3.start()
    }
    expect((await upload(topology.balancer, `store-back-${Date.now().toString(36)}.png`)).status).toBe(201)
    expect(await mediaCount()).toBe(before + 1)
  })

  it('routes around a process killed mid-load: no request lost past a retry, no comment or job doubled', async () => {
    const receiver = await webhookReceiver((comment) => comment.body.startsWith('Held delivery'))
    try {
      const reads = { ok: 0, failed: [] as number[] }
      let reading = true
      const readers = Array.from({ length: 2 }, async () => {
        for (let n = 0; reading; n += 1) {
          const response = await fetch(`${topology.balancer}/api/articles/${article}/comments?limit=3`).catch(() => null)
          await response?.arrayBuffer()
          if (response?.status === 200) reads.ok += 1
          else reads.failed.push(response?.status ?? 0)
        }
      })
      const load = startCommentLoad({ posters: 4, baseUrl: () => topology.balancer, token: reader, article, label: 'Kill probe' })
      await new Promise((resolve) => setTimeout(resolve, 1500))
      // The process to kill is the one mid-way through a delivery: the receiver holds that one unanswered.
      const marker = await postComment(topology.balancer, 'Held delivery: its worker dies before the answer')
      expect(marker.status).toBe(201)
      await waitFor('the held delivery to arrive', async () => receiver.held.includes(marker.body.comment.id), 10_000)
      const killedWorker = await claimantOf(marker.body.comment.id)
      const killed = topology.processes.find((process) => `${os.hostname()}:${process.server.child.pid}` === killedWorker)
      expect(killed, `the process ${killedWorker}`).toBeTruthy()
      killed!.server.child.kill('SIGKILL')
      await new Promise((resolve) => setTimeout(resolve, 3000))
      await load.endAt(Date.now())
      reading = false
      await Promise.all(readers)

      const statuses = load.attempts.map((attempt) => attempt.status)
      log(`kill: ${load.attempts.length} POSTs (${statusCounts(load.attempts)}), ${reads.ok} GETs 200, ${reads.failed.length} GETs failed`)
      expect(reads.failed).toEqual([])
      // Whatever a POST met (a 502 from the balancer as the process died), its retry was answered.
      expect(statuses.filter((status) => status >= 400 && ![502, 503].includes(status))).toEqual([])
      expect(load.acknowledged.size).toBeGreaterThan(10)

      const stored = new Map<string, number>()
      for (let page = 1; ; page += 1) {
        const found = await request<{ docs: { id: string }[]; hasNextPage: boolean }>(
          `/api/comments?limit=100&page=${page}&depth=0&where[body][like]=${encodeURIComponent(load.prefix)}`,
          { base: topology.balancer, token: admin },
        )
        for (const doc of found.body.docs) stored.set(doc.id, (stored.get(doc.id) ?? 0) + 1)
        if (!found.body.hasNextPage) break
      }
      expect(stored.size).toBe(load.acknowledged.size)
      expect([...load.acknowledged.values()].every((id) => stored.get(id) === 1)).toBe(true)

      // Webhook jobs of those comments: each delivered once, except those the killed worker held when
      // it died. Once their lease ran out a live worker marked them failed (they may have gone out
      // before the kill), and none was sent again.
      const acknowledged = [...load.acknowledged.values()]
      let abandoned = new Map<string, { claimedBy: string; message: string }>()
      await waitFor(
        'the held delivery settled as abandoned, and every other webhook of the load delivered or settled so',
        async () => {
          abandoned = await abandonedDeliveries()
          return abandoned.has(marker.body.comment.id) && acknowledged.every((id) => receiver.deliveries.has(id) || abandoned.has(id))
        },
        60_000 + JOBS_LEASE_MS,
      )
      await new Promise((resolve) => setTimeout(resolve, 3000))
      expect([...receiver.deliveries.values()].filter((count) => count > 1)).toEqual([])
      for (const job of abandoned.values()) {
        expect(job).toEqual({ claimedBy: killedWorker, message: ABANDONED_MESSAGE + killedWorker })
      }
      const lost = acknowledged.filter((id) => !receiver.deliveries.has(id))
      expect(lost.every((id) => abandoned.has(id))).toBe(true)
      // The held delivery went out once (its worker died waiting for the answer) and was not sent again.
      expect(receiver.deliveries.get(marker.body.comment.id)).toBe(1)
      log(
        `kill: ${load.acknowledged.size} comments stored once each; ${receiver.deliveries.size} webhooks delivered, none twice; ` +
          `${abandoned.size} held by the killed worker marked failed after the ${JOBS_LEASE_MS / 1000} s lease (${lost.length} of them undelivered)`,
      )
    } finally {
      await receiver.close()
    }
  })
})
