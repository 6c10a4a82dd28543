import { APIError, createLocalReq, type Payload } from 'payload'

import { purgeTags } from '@/cache/purge'
import { WORKER_ID } from '@/db/job-claims'
import { cacheTags } from '@/lib/cache/tags'
import { settings } from '@/lib/config/settings'
import { idKindForAdapter, isValidId } from '@/lib/requests/id-format'
import { idOf } from '@/lib/relationships/id-of'
import { dayKey, rankMostRead, recentDays, sameRanking } from '../domain/most-read'

/** How far back "most read" looks: today and yesterday (UTC days), so it never starts the day empty. */
const MOST_READ_DAYS = 2
/** The most count rows a ranking reads: the busiest articles of two days, from every process. */
const ROWS_READ = 500

/** Views counted in this process since the last flush: article id → count. */
const pending = new Map<string, number>()
let lastRanking: { article: string }[] = []

/**
 * A reader's view of a published article (the article page's beacon). Counted in memory, no cookie
 * and no address kept; written to the database by the flush. 404 for an article that is not
 * published, 400 for an id that cannot be one.
 */
export async function countView(payload: Payload, articleId: string): Promise<void> {
  if (!isValidId(articleId, idKindForAdapter(payload.db.name))) {
    throw new APIError('The article id is not one: use the id of a published article.', 400, { parameter: 'id' }, true)
  }
  if (!pending.has(articleId)) {
    const found = await payload.find({
      collection: 'articles',
      where: { and: [{ id: { equals: articleId } }, { _status: { equals: 'published' } }] },
      limit: 1,
      depth: 0,
      pagination: false,
      select: {},
    })
    if (found.docs.length === 0) throw new APIError('No published article has this id.', 404, undefined, true)
  }
  pending.set(articleId, (pending.get(articleId) ?? 0) + 1)
}

/**
 * Adds this process's pending counts to its own row of each article and day, then purges the API's
 * answer with the counts, and the pages that show "Most read" if the ranking changed. Rows are per
 * process, so no two processes write the same row.
 */
export async function flushViews(payload: Payload): Promise<void> {
  if (pending.size === 0) return
  const batch = [...pending]
  pending.clear()
  const day = dayKey(new Date())
  for (const [article, views] of batch) {
    const existing = await payload.find({
      collection: 'article-views',
      where: { and: [{ article: { equals: article } }, { day: { equals: day } }, { worker: { equals: WORKER_ID } }] },
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    const row = existing.docs[0]
    if (row) {
      await payload.update({ collection: 'article-views', id: row.id, data: { views: row.views + views }, overrideAccess: true, depth: 0 })
    } else {
      await payload.create({
        collection: 'article-views',
        data: { article, day, worker: WORKER_ID, views },
        overrideAccess: true,
        depth: 0,
      })
    }
  }
  // The counts changed: their API answer goes. The front page goes only if its ranking changed.
  const ranking = await mostRead(payload, 5)
  const changed = !sameRanking(ranking, lastRanking)
  lastRanking = ranking
  await purgeTags(await createLocalReq({}, payload), changed ? [cacheTags.viewCounts, cacheTags.mostRead] : [cacheTags.viewCounts])
}

/** The most read published articles of today and yesterday, the most first, with their view counts. */
export async function mostRead(payload: Payload, limit: number): Promise<{ article: string; views: number }[]> {
  const rows = await payload.find({
    collection: 'article-views',
    where: { day: { in: recentDays(new Date(), MOST_READ_DAYS) } },
    sort: '-views',
    limit: ROWS_READ,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { article: true, views: true },
  })
  return rankMostRead(
    rows.docs.flatMap((row) => {
      const article = idOf(row.article)
      return article ? [{ article, views: row.views }] : []
    }),
    limit,
  )
}

/** The most read articles that are still published, the most first (what pages and the API show). */
export async function mostReadPublished(payload: Payload, limit: number): Promise<{ article: string; views: number }[]> {
  // Read more than shown: some of the most read may since have been unpublished.
  const ranking = await mostRead(payload, limit * 2)
  if (ranking.length === 0) return []
  const published = await payload.find({
    collection: 'articles',
    where: { and: [{ id: { in: ranking.map((entry) => entry.article) } }, { _status: { equals: 'published' } }] },
    limit: ranking.length,
    depth: 0,
    pagination: false,
    select: {},
  })
  const ids = new Set(published.docs.map((doc) => String(doc.id)))
  return ranking.filter((entry) => ids.has(entry.article)).slice(0, limit)
}

/** Flushes the counts every VIEWS_FLUSH_MS while the process runs (started from Payload's onInit). */
export function flushViewsRegularly(payload: Payload): void {
  const timer = setInterval(() => {
    flushViews(payload).catch((error: unknown) => payload.logger.error({ err: error }, 'newsroom: could not store article views'))
  }, settings.viewsFlushMs)
  timer.unref()
}
