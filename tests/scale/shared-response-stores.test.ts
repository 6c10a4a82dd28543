import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { etagOf } from '@/lib/cache/page-store'
import { sitePrefix, type SharedResponse, type SharedResponseStore, type SharedStoreOptions } from '@/lib/cache/shared-store'
import { postgresResponseStore } from '@/server/shared-stores/postgres'
import { redisResponseStore } from '@/server/shared-stores/redis'
import { sqliteFileResponseStore } from '@/server/shared-stores/sqlite-file'
import { lookUpShared } from '@/server/shared-render'
import { POSTGRES_BASE_URL } from '../../scripts/lib/scratch-postgres'
import { LOCAL_REDIS_URL, redisAnswers } from '../../scripts/lib/redis-probe'

/**
 * The shared store of rendered responses, one contract for each home: Redis (the machine's server,
 * or REDIS_URL), PostgreSQL (a new database with the migration's tables) and a SQLite file. Two
 * instances of a store stand for two processes of one site.
 */
const redisUrl = LOCAL_REDIS_URL
const redisAnswering = await redisAnswers()
if (!redisAnswering) console.log(`shared response store on Redis skipped: nothing answers at ${redisUrl} (set REDIS_URL)`)

const MAX_AGE_MS = 60_000
const opened: SharedResponseStore[] = []
const cleanups: (() => Promise<void>)[] = []
let postgresUrl = ''

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: POSTGRES_BASE_URL })
  await admin.connect()
  const name = `edge_store_${Date.now().toString(36)}${process.pid}`
  await admin.query(`CREATE DATABASE ${name}`)
  const url = new URL(POSTGRES_BASE_URL)
  url.pathname = `/${name}`
  postgresUrl = url.toString()
  const client = new pg.Client({ connectionString: postgresUrl })
  await client.connect()
  // The tables the migration makes (src/migrations/postgres/…_edge_responses.ts), made the same way here.
  const { up } = await import('@/migrations/postgres/20261207_073900_edge_responses')
  await up({ db: drizzle({ client }) } as unknown as Parameters<typeof up>[0])
  await client.end()
  cleanups.push(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await admin.end()
  })
})

afterAll(async () => {
  for (const store of opened) await store.close().catch(() => undefined)
  for (const cleanup of cleanups) await cleanup()
})

const sqliteFile = path.join(fs.mkdtempSync(path.join(process.env.TEST_TMP_DIR ?? os.tmpdir(), 'edge-store-')), 'site.edge-cache.db')
// A site of its own per run: Redis outlives a run and is shared.
const redisPrefix = sitePrefix(`file:/run/${randomUUID()}`)

// `budgeted`: the SQL homes keep to a byte budget themselves; Redis keeps to its own `maxmemory`.
const homes: { name: string; skip: boolean; budgeted: boolean; open: (options: SharedStoreOptions) => Promise<SharedResponseStore> }[] = [
  { name: 'Redis', skip: !redisAnswering, budgeted: false, open: (options) => redisResponseStore(redisUrl, redisPrefix, options) },
  { name: 'PostgreSQL', skip: false, budgeted: true, open: async (options) => postgresResponseStore(postgresUrl, options) },
  { name: 'a SQLite file', skip: false, budgeted: true, open: (options) => sqliteFileResponseStore(sqliteFile, options) },
]

/** A render of a page showing `tags`, begun at `renderBegunAt` (now unless said). */
const response = (tags: string[], renderBegunAt = Date.now()): SharedResponse => {
  const text = `<p>${randomUUID()}</p>`
  return {
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: Buffer.from(text),
    gzip: Buffer.from(`gzip of ${text}`),
    etag: etagOf(Buffer.from(text)),
    tags,
    storedAt: Date.now(),
    renderBegunAt,
  }
}

describe.each(homes)('the shared response store in $name', ({ skip, budgeted, open }) => {
  let first: SharedResponseStore
  let second: SharedResponseStore
  const key = (name: string) => `/${name}-${randomUUID()}`
  const tag = (name: string) => `${name}:${randomUUID()}`

  beforeAll(async () => {
    if (skip) return
    first = await open({ build: 'build-a', maxAgeMs: MAX_AGE_MS })
    second = await open({ build: 'build-a', maxAgeMs: MAX_AGE_MS })
    opened.push(first, second)
  })

  it.skipIf(skip)('gives another process the bytes, headers and validator one process stored', async () => {
    const page = key('page')
    const entry = response([tag('article'), 'site'])
    expect(await first.set(page, entry)).toBe(true)
    const read = await second.get(page)
    expect(read).toEqual(entry)
    expect(read!.body.equals(entry.body) && read!.gzip!.equals(entry.gzip!)).toBe(true)
    expect(await second.get(key('never-stored'))).toBeUndefined()
  })

  it.skipIf(skip)('drops, on a purge by either process, every response showing the tag and no other', async () => {
    const [purged, kept] = [tag('article'), tag('article')]
    const [a, b, c] = [key('a'), key('b'), key('c')]
    await first.set(a, response([purged]))
    await first.set(b, response([kept, purged]))
    await first.set(c, response([kept]))
    await second.purge([purged])
    expect(await first.get(a)).toBeUndefined()
    expect(await first.get(b)).toBeUndefined()
    expect(await first.get(c)).toBeDefined()
  })

  it.skipIf(skip)('refuses a render that began before a purge of what it shows, and takes one begun after', async () => {
    const shown = tag('comments')
    const page = key('late')
    const begunBefore = Date.now() - 5
    await second.purge([shown])
    expect(await first.set(page, response([shown], begunBefore))).toBe(false)
    expect(await first.get(page)).toBeUndefined()
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(await first.set(page, response([shown]))).toBe(true)
  })

  it.skipIf(skip)('keeps no render begun before a purge that ran while they were being written', async () => {
    const shown = tag('lists')
    const begunAt = Date.now() - 1
    const pages = Array.from({ length: 20 }, (_, n) => key(`race-${n}`))
    const writes = pages.map((page) => first.set(page, response([shown, 'site'], begunAt)))
    await Promise.all([...writes, second.purge([shown])])
    for (const page of pages) expect(await second.get(page), page).toBeUndefined()
  })

  it.skipIf(skip)('keeps each build apart, while a purge from any build applies to all', async () => {
    const other = await open({ build: 'build-b', maxAgeMs: MAX_AGE_MS })
    opened.push(other)
    const shown = tag('article')
    const page = key('builds')
    await first.set(page, response([shown]))
    expect(await other.get(page)).toBeUndefined() // a new build's pages name other scripts
    await other.purge([shown])
    expect(await first.get(page)).toBeUndefined()
  })

  it.skipIf(skip)('reads a response older than its longest age as a miss', async () => {
    const short = await open({ build: 'build-a', maxAgeMs: 50 })
    opened.push(short)
    const page = key('old')
    await short.set(page, { ...response(['site']), storedAt: Date.now() - 100 })
    expect(await short.get(page)).toBeUndefined()
  })

  it.skipIf(skip)('lets one process claim the render of a missing page until it gives it back or the claim runs out', async () => {
    const page = key('lease')
    expect(await first.lease(page, 60_000)).toBe(true)
    expect(await second.lease(page, 60_000)).toBe(false)
    await first.release(page)
    expect(await second.lease(page, 50)).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 80))
    expect(await first.lease(page, 60_000)).toBe(true) // the claim of a process that died runs out
  })

  it.skipIf(skip)('has a process that misses wait for the copy another is rendering, instead of rendering it again', async () => {
    const page = key('crowd')
    const leader = await lookUpShared(first, page, { waitMs: 5000, gone: () => false })
    expect(leader.stored).toBeUndefined()
    expect(leader.release).toBeTypeOf('function')
    const waiting = lookUpShared(second, page, { waitMs: 5000, gone: () => false })
    await new Promise((resolve) => setTimeout(resolve, 120))
    const entry = response(['site'])
    await first.set(page, entry)
    leader.release!()
    const waited = await waiting
    expect(waited.stored?.etag).toBe(entry.etag)
    expect(waited.release).toBeUndefined()
    // Nobody rendering and nothing stored: a waiter gives up after its wait and renders.
    const lonely = key('lonely')
    await first.lease(lonely, 60_000)
    const started = Date.now()
    expect(await lookUpShared(second, lonely, { waitMs: 200, gone: () => false })).toEqual({})
    expect(Date.now() - started).toBeGreaterThanOrEqual(200)
  })

  it.skipIf(skip || !budgeted)('keeps to its byte budget on writes alone, dropping the oldest responses first', async () => {
    const sized = response(['site'])
    const bytes = sized.body.length + sized.gzip!.length
    // Pruned on every write here (a minute apart in a server); everything earlier tests left is older.
    const budgeted = await open({ build: 'build-a', maxAgeMs: MAX_AGE_MS, maxBytes: 3 * bytes, pruneEveryMs: 0 })
    opened.push(budgeted)
    const pages = Array.from({ length: 5 }, (_, n) => key(`budget-${n}`))
    const started = Date.now()
    for (const [n, page] of pages.entries()) expect(await budgeted.set(page, { ...response(['site']), storedAt: started + n })).toBe(true)
    const kept = await Promise.all(pages.map(async (page) => (await second.get(page)) !== undefined))
    expect(kept).toEqual([false, false, true, true, true])
  })

  // Last: it empties the store (other sites' responses on a shared Redis are under their own prefix).
  it.skipIf(skip)('empties itself on a purge of everything and refuses renders begun before it', async () => {
    const page = key('all')
    await first.set(page, response([tag('article')]))
    const begunBefore = Date.now() - 5
    await second.purgeAll()
    expect(await first.get(page)).toBeUndefined()
    expect(await first.set(key('after'), response(['site'], begunBefore))).toBe(false)
  })
})
