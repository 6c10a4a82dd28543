import { createHash } from 'node:crypto'

import type { StoredResponse } from './page-store'

/**
 * The second tier of the edge cache: rendered responses kept outside the process, shared by every
 * process of the site and kept across restarts (Redis, PostgreSQL or a SQLite file:
 * src/server/shared-stores/). Each process still answers from its own memory first (PageStore); a
 * miss there asks this store before rendering, and a render is written to both.
 *
 * Purges are by tag, as in memory. A render that began before a purge of one of its tags is refused
 * (`set` compares the render's start, `renderBegunAt`, with the tag's last purge, both wall-clock
 * times), so a copy read from the database just before a change never outlives the change.
 */
export interface SharedResponseStore {
  /** Where responses are kept, for /healthz and logs. */
  readonly kind: 'redis' | 'postgres' | 'file'
  get(key: string): Promise<SharedResponse | undefined>
  /** Stores a render unless a purge of its tags came after it began; says whether it did. */
  set(key: string, entry: SharedResponse): Promise<boolean>
  /** Drops every response showing one of these tags and refuses renders begun before now. */
  purge(tags: string[]): Promise<void>
  purgeAll(): Promise<void>
  /**
   * Claims the render of a missing response for `ms` across processes; false when another process
   * holds it (then wait for its copy). `release` gives it back once the render is stored or failed.
   */
  lease(key: string, ms: number): Promise<boolean>
  release(key: string): Promise<void>
  close(): Promise<void>
}

/** The purge row standing for "everything" in the SQL stores (no tag has this name: src/lib/cache/tags.ts). */
export const PURGED_EVERYTHING = '*'
/**
 * How often, at most, each process of the SQL stores prunes: a purge drops purge rows older than
 * the longest a response is kept, and a write or a purge drops responses that old and, past the
 * store's byte budget, the oldest others.
 */
export const PRUNE_EVERY_MS = 60_000

/** A response as the shared store keeps it: with when its render began (see `renderBegunAt`). */
export type SharedResponse = StoredResponse & { renderBegunAt: number }

/**
 * Processes on different machines compare their clocks through `begunAt`: a render is taken to have
 * begun this much earlier than its own clock says, so a small skew refuses a copy instead of keeping
 * a stale one.
 */
export const CLOCK_SKEW_MS = 250

/** A render's start as the store judges it: now, less the allowed skew. */
export function renderBegunAt(now = Date.now()): number {
  return now - CLOCK_SKEW_MS
}

/** What a store keeps beside the bytes, as one JSON text. */
export type ResponseMeta = Pick<StoredResponse, 'status' | 'headers' | 'etag' | 'tags' | 'storedAt' | 'renderBegunAt'>

export function encodeMeta(entry: SharedResponse): string {
  const { status, headers, etag, tags, storedAt, renderBegunAt } = entry
  const meta: ResponseMeta = { status, headers, etag, tags, storedAt, renderBegunAt }
  return JSON.stringify(meta)
}

/**
 * A stored response back from its parts; undefined for anything unreadable or older than `maxAgeMs`
 * (a store written by another release reads as a miss, never as an error).
 */
export function decodeStored(
  meta: string,
  body: Buffer,
  gzip: Buffer | null,
  maxAgeMs: number,
  now = Date.now(),
): SharedResponse | undefined {
  try {
    const value = JSON.parse(meta) as Partial<ResponseMeta>
    if (typeof value.status !== 'number' || typeof value.etag !== 'string' || typeof value.storedAt !== 'number') return undefined
    if (typeof value.renderBegunAt !== 'number') return undefined
    if (!Array.isArray(value.tags) || !value.headers || typeof value.headers !== 'object') return undefined
    if (now - value.storedAt > maxAgeMs) return undefined
    const { status, headers, etag, tags, storedAt, renderBegunAt } = value
    return { status, headers, etag, tags, storedAt, renderBegunAt, body, gzip }
  } catch {
    return undefined
  }
}

/** What every store is opened with. */
export type SharedStoreOptions = {
  /**
   * The build serving (Next's BUILD_ID): a response is kept under its build, since a page names the
   * build's scripts. A restart or a second process of the same build finds what was rendered before;
   * a new build starts afresh. Purges apply to every build, so old and new processes of a rolling
   * deploy stay right.
   */
  build: string
  /** A response older than this is rendered again even if nothing purged it (a net for a missed purge). */
  maxAgeMs: number
  /**
   * The SQL stores' budget for bodies (plain and gzipped): past it, the oldest responses go at the
   * next prune. Unbounded when not given. Redis keeps to its own `maxmemory` instead.
   */
  maxBytes?: number
  /** How often a process prunes: PRUNE_EVERY_MS unless a test says otherwise. */
  pruneEveryMs?: number
}

/** A response's key in a store: the build's, then the edge's own (path and kept query). */
export const storedKey = (build: string, key: string) => `${build}|${key}`

/** One site's prefix in a store others may share (Redis): from its database, so two sites never mix. */
export function sitePrefix(databaseUrl: string): string {
  return `newsroom:edge:${createHash('sha1').update(databaseUrl).digest('base64url').slice(0, 12)}:`
}

/**
 * A store whose failures cost speed, never correctness or an answer: a read that fails is a miss, a
 * write that fails is skipped, and a purge that fails leaves the store untrusted — every read is a
 * miss until a purge of everything succeeds, since what it kept may show what the purge was about.
 * Failures are reported through `log` at most once a minute.
 */
export function resilientStore(store: SharedResponseStore, log: (message: string) => void, now = Date.now): SharedResponseStore {
  let untrusted = false
  let reportedAt = -Infinity
  const report = (what: string, error: unknown) => {
    if (now() - reportedAt < 60_000) return
    reportedAt = now()
    log(
      `shared page cache (${store.kind}): ${what} failed (${error instanceof Error ? error.message : String(error)}); rendering meanwhile`,
    )
  }
  const trusted = async (): Promise<boolean> => {
    if (!untrusted) return true
    try {
      await store.purgeAll()
      untrusted = false
      return true
    } catch (error) {
      report('clearing after a failed purge', error)
      return false
    }
  }
  return {
    kind: store.kind,
    async get(key) {
      try {
        return (await trusted()) ? await store.get(key) : undefined
      } catch (error) {
        report('a read', error)
        return undefined
      }
    },
    async set(key, entry) {
      try {
        return (await trusted()) && (await store.set(key, entry))
      } catch (error) {
        report('a write', error)
        return false
      }
    },
    async purge(tags) {
      try {
        await store.purge(tags)
      } catch (error) {
        untrusted = true
        report('a purge', error)
      }
    },
    async purgeAll() {
      untrusted = true
      await trusted()
    },
    async lease(key, ms) {
      try {
        return await store.lease(key, ms)
      } catch (error) {
        report('a render lease', error)
        return true // render: waiting on a store that fails would only add the wait
      }
    },
    async release(key) {
      await store.release(key).catch((error: unknown) => report('releasing a render lease', error))
    },
    close: () => store.close(),
  }
}
