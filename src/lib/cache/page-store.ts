import { createHash } from 'node:crypto'

/** One stored response: the bytes as rendered, a gzip copy made once, and the tags it shows. */
export type StoredResponse = {
  status: number
  headers: Record<string, string>
  body: Buffer
  gzip: Buffer | null
  etag: string
  tags: string[]
  storedAt: number
  /**
   * When its render began (wall clock, less the allowed skew: src/lib/cache/shared-store.ts), for a
   * copy that travels through the shared store: another process judges it by its own purges.
   */
  renderBegunAt?: number
}

export type PageStoreOptions = {
  /** The most bytes (bodies plus gzip copies) held; the least recently used go first. */
  maxBytes: number
  /** An entry older than this is rendered again even if nothing purged it (a safety net for missed purges). */
  maxAgeMs: number
  now?: () => number
}

/**
 * A validator over the rendered bytes: equal bytes, equal ETag, on every process. Weak, because the
 * same content goes out gzipped or not.
 */
export function etagOf(body: Buffer): string {
  return `W/"${createHash('sha1').update(body).digest('base64url')}"`
}

/** Does an If-None-Match header name this ETag (or `*`)? Weak and strong forms compare alike, as RFC 9110 says for GET. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  const bare = etag.replace(/^W\//, '')
  return ifNoneMatch.split(',').some((candidate) => {
    const value = candidate.trim()
    return value === '*' || value.replace(/^W\//, '') === bare
  })
}

/** What /healthz shows of the cache: its size, and counts since the process started. */
export type PageStoreStats = {
  entries: number
  bytes: number
  hits: number
  misses: number
  /** Misses answered by another request's render in this process. */
  collapsed: number
  /** Misses in memory answered from the shared store. */
  sharedHits: number
  /** Misses rendered. */
  renders: number
  /** Purges by tag or of everything, local or heard from another process. */
  purges: number
}

const sizeOf = (entry: StoredResponse) => entry.body.length + (entry.gzip?.length ?? 0)

/**
 * The in-memory page cache of one process, with tag purges. A render that began before a purge of
 * any of its tags is not stored: it may have read what the purge was about (`begin()` marks the start).
 */
export class PageStore {
  private readonly entries = new Map<string, StoredResponse>()
  private readonly keysByTag = new Map<string, Set<string>>()
  /** The purge sequence number at which each tag was last purged. */
  private readonly purgedAt = new Map<string, number>()
  /** Renders that began before this sequence number are refused (set when purgedAt is trimmed or all is purged). */
  private floor = 0
  /** The same by the wall clock, for copies rendered elsewhere (`adopt`). */
  private readonly purgedAtWall = new Map<string, number>()
  private floorWall = -Infinity
  private sequence = 0
  private bytes = 0
  private hits = 0
  private misses = 0
  private collapsed = 0
  private sharedHits = 0
  private renders = 0
  private purges = 0
  private readonly now: () => number
  /** Values kept for every render until a purge of one of their tags (`remember`): a handful, by key. */
  private readonly values = new Map<string, { value: unknown; tags: string[]; storedAt: number }>()

  constructor(private readonly options: PageStoreOptions) {
    this.now = options.now ?? Date.now
  }

  /** Call when a render starts; hand the result to `set`. */
  begin(): number {
    return this.sequence
  }

  get(key: string): StoredResponse | undefined {
    const entry = this.entries.get(key)
    if (!entry || this.now() - entry.storedAt > this.options.maxAgeMs) {
      if (entry) this.delete(key)
      this.misses += 1
      return undefined
    }
    this.hits += 1
    // Map order is insertion order: re-inserting makes this the most recently used.
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry
  }

  /** Stores a render unless a purge of one of its tags happened since it began; says whether it did. */
  set(key: string, entry: Omit<StoredResponse, 'storedAt'>, begunAt: number): boolean {
    if (begunAt < this.floor) return false
    if (entry.tags.some((tag) => (this.purgedAt.get(tag) ?? -1) > begunAt)) return false
    const stored: StoredResponse = { ...entry, storedAt: this.now() }
    if (sizeOf(stored) > this.options.maxBytes / 4) return false
    this.delete(key)
    this.entries.set(key, stored)
    this.bytes += sizeOf(stored)
    for (const tag of stored.tags) {
      let keys = this.keysByTag.get(tag)
      if (!keys) this.keysByTag.set(tag, (keys = new Set()))
      keys.add(key)
    }
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.options.maxBytes) break
      this.delete(oldest)
    }
    return true
  }

  /**
   * Takes in a copy from the shared store, unless this process has heard of a purge of what it shows
   * since its render began: the store hears of a purge a moment later than memory does (or from
   * another process), and a copy it still holds then must not come back into memory.
   */
  adopt(key: string, entry: StoredResponse, begunAt: number): boolean {
    const since = entry.renderBegunAt ?? -Infinity
    if (this.floorWall >= since || entry.tags.some((tag) => (this.purgedAtWall.get(tag) ?? -Infinity) >= since)) return false
    return this.set(key, entry, begunAt)
  }

  /**
   * A value loaded once and shared by every render in this process until a purge of one of its
   * tags, or `maxAgeMs` (site settings, the navigation, the comment rules). A load that a purge of
   * its tags overtook is used once and not kept, as a render is not stored.
   */
  async remember<T>(key: string, tags: string[], load: () => Promise<T>): Promise<T> {
    const kept = this.values.get(key)
    if (kept && this.now() - kept.storedAt <= this.options.maxAgeMs) return kept.value as T
    const begunAt = this.sequence
    const value = await load()
    const overtaken = begunAt < this.floor || tags.some((tag) => (this.purgedAt.get(tag) ?? -1) > begunAt)
    if (!overtaken) this.values.set(key, { value, tags, storedAt: this.now() })
    return value
  }

  /** Drops every entry and kept value that shows any of these tags; returns how many entries went. */
  purge(purged: Iterable<string>): number {
    const tags = new Set(purged)
    this.sequence += 1
    this.purges += 1
    let dropped = 0
    for (const tag of tags) {
      this.purgedAt.set(tag, this.sequence)
      this.purgedAtWall.set(tag, this.now())
      for (const key of this.keysByTag.get(tag) ?? []) if (this.delete(key)) dropped += 1
    }
    for (const [key, kept] of this.values) if (kept.tags.some((tag) => tags.has(tag))) this.values.delete(key)
    // Remembering every purged tag forever would grow without bound: forget them all at once and
    // refuse the few renders that were in flight instead.
    if (this.purgedAt.size > 10_000) {
      this.purgedAt.clear()
      this.floor = this.sequence
      this.purgedAtWall.clear()
      this.floorWall = this.now()
    }
    return dropped
  }

  purgeAll(): number {
    this.sequence += 1
    this.purges += 1
    this.floor = this.sequence
    const dropped = this.entries.size
    this.entries.clear()
    this.values.clear()
    this.keysByTag.clear()
    this.purgedAt.clear()
    this.purgedAtWall.clear()
    this.floorWall = this.now()
    this.bytes = 0
    return dropped
  }

  stats(): PageStoreStats {
    const { hits, misses, collapsed, sharedHits, renders, purges } = this
    return { entries: this.entries.size, bytes: this.bytes, hits, misses, collapsed, sharedHits, renders, purges }
  }

  /** A miss answered by another request's render (src/lib/cache/collapse): counted apart, since it rendered nothing. */
  countCollapsed(): void {
    this.collapsed += 1
  }

  /** A miss here answered from the shared store (src/lib/cache/shared-store): no render either. */
  countSharedHit(): void {
    this.sharedHits += 1
  }

  /** A miss sent to Next to render: what "one render per change" counts. */
  countRender(): void {
    this.renders += 1
  }

  private delete(key: string): boolean {
    const entry = this.entries.get(key)
    if (!entry) return false
    this.entries.delete(key)
    this.bytes -= sizeOf(entry)
    for (const tag of entry.tags) {
      const keys = this.keysByTag.get(tag)
      keys?.delete(key)
      if (keys?.size === 0) this.keysByTag.delete(tag)
    }
    return true
  }
}
