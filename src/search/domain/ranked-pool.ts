/**
 * How a search stays fast at any archive size, whatever the words.
 *
 * Ranking every match is what made a search for a common word cost seconds at 50,000 stories: each
 * match's index entry had to be read and scored. Instead, each engine takes the newest matches, up
 * to `RANKED_POOL` of them, walking its index from the newest story back (cheap, and stopping
 * early), and ranks only those. A news archive is read newest first: the best match among the
 * newest thousand is what a reader wants, and older stories follow, newest first.
 *
 * The order of results is therefore: the pool by relevance (or by date), then every older match by
 * date. Past the pool, a total is estimated from how far back in time the pool reaches.
 */
export const RANKED_POOL = 1_000

/** One match in the pool: its order key (newest highest) and its score (higher is better). */
export type PoolEntry = { id: string; key: number; score: number }

/** Which part of a page comes from the pool, and which from the older matches past it. */
export type PagePlan = { fromPool: { start: number; end: number }; pastPool: { offset: number; limit: number } | null }

/**
 * Positions [offset, offset + limit) of the combined order: the pool's share of them, and, when the
 * pool was full, the older matches still needed (their offset in newest-first order of all matches).
 */
export function planPage(poolSize: number, offset: number, limit: number): PagePlan {
  const start = Math.min(offset, poolSize)
  const end = Math.min(offset + limit, poolSize)
  const missing = limit - (end - start)
  const poolFull = poolSize >= RANKED_POOL
  return { fromPool: { start, end }, pastPool: poolFull && missing > 0 ? { offset: Math.max(offset, poolSize), limit: missing } : null }
}

/** The pool in reading order: best match first (ties, newest first), or newest first. */
export function orderPool(pool: PoolEntry[], sort: 'relevance' | 'newest'): PoolEntry[] {
  const byKey = (a: PoolEntry, b: PoolEntry) => b.key - a.key
  return [...pool].sort(sort === 'newest' ? byKey : (a, b) => b.score - a.score || byKey(a, b))
}

/**
 * The number of matches: exact while the pool was not full. Past it, the pool's share of the
 * stories since its oldest match (`newer` of them, filters applied) is taken to hold for all
 * `stories` too, rounded to two figures ("about 12,000 results"), and never more than there are.
 */
export function estimateTotal(poolSize: number, newer: number, stories: number): { total: number; estimated: boolean } {
  if (poolSize < RANKED_POOL) return { total: poolSize, estimated: false }
  if (newer <= 0 || stories <= poolSize) return { total: Math.max(poolSize, stories), estimated: false }
  const raw = Math.min(stories, Math.max(poolSize, (poolSize * stories) / newer))
  if (raw >= stories) return { total: stories, estimated: true }
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(raw)) - 1)
  return { total: Math.max(poolSize, Math.round(raw / magnitude) * magnitude), estimated: true }
}
