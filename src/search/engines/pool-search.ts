import { estimateTotal, orderPool, planPage, RANKED_POOL, type PoolEntry } from '../domain/ranked-pool'
import type { SearchPage, SearchQuery } from '../domain/types'

/** What an engine answers for a search through the ranked pool (src/search/domain/ranked-pool.ts). */
export type PoolQueries = {
  /** The newest matches, newest first, at most `limit`, with `offset` skipped; each scored. */
  newest(query: SearchQuery, offset: number, limit: number): Promise<PoolEntry[]>
  /** Stories that pass the query's filters (words aside), only those at or after `sinceKey` if given. */
  stories(query: SearchQuery, sinceKey?: number): Promise<number>
  /** A snippet per story (HTML-safe, matches in <mark>), for the stories of one page only. */
  snippets(query: SearchQuery, ids: string[]): Promise<Map<string, string>>
}

/**
 * How long the number of stories passing a set of filters is kept: it only scales an estimate
 * (src/search/domain/ranked-pool.ts), and counting half a million rows on every search would cost
 * more than the search.
 */
const STORIES_KEPT_MS = 60_000
const STORIES_KEPT_MAX = 500

/** A search through the ranked pool: one bounded walk, then only the page's snippets. */
export function poolSearch(engine: PoolQueries, now: () => number = Date.now): (query: SearchQuery) => Promise<SearchPage> {
  const storyCounts = new Map<string, { count: Promise<number>; at: number }>()
  const stories = (query: SearchQuery): Promise<number> => {
    const key = JSON.stringify(query.filters)
    const kept = storyCounts.get(key)
    if (kept && now() - kept.at < STORIES_KEPT_MS) return kept.count
    if (storyCounts.size >= STORIES_KEPT_MAX) storyCounts.clear()
    const count = engine.stories(query)
    storyCounts.set(key, { count, at: now() })
    count.catch(() => storyCounts.delete(key))
    return count
  }

  return async (query) => {
    const pool = await engine.newest(query, 0, RANKED_POOL)
    const offset = (query.page - 1) * query.limit
    const plan = planPage(pool.length, offset, query.limit)
    const hits = orderPool(pool, query.sort).slice(plan.fromPool.start, plan.fromPool.end)
    if (plan.pastPool) hits.push(...(await engine.newest(query, plan.pastPool.offset, plan.pastPool.limit)))

    const [{ total, estimated }, snippets] = await Promise.all([
      pool.length < RANKED_POOL
        ? estimateTotal(pool.length, 0, 0)
        : Promise.all([engine.stories(query, pool[pool.length - 1].key), stories(query)]).then(([newer, all]) =>
            estimateTotal(pool.length, newer, Math.max(all, newer)),
          ),
      hits.length > 0
        ? engine.snippets(
            query,
            hits.map((hit) => hit.id),
          )
        : new Map<string, string>(),
    ])
    return {
      total,
      totalIsEstimate: estimated,
      hits: hits.map((hit) => ({ id: hit.id, score: Math.round(hit.score * 1000) / 1000, snippet: snippets.get(hit.id) ?? '' })),
    }
  }
}
