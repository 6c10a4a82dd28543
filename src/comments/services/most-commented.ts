import type { Payload } from 'payload'

import { idOf } from '@/lib/relationships/id-of'
import { mostCommented } from '../domain/most-commented'

const DAY_MS = 24 * 60 * 60_000
/** Enough for a busy day on a regional site; beyond it the ranking is of the latest comments. */
const SCAN_LIMIT = 5000

export type MostCommentedArticle = { id: string; title: string; comments: number }

/**
 * The articles readers commented on most in the last 24 hours (published comments), for the
 * desk. Read with the Local API, so on every database: only the article ids of the day's comments.
 */
export async function mostCommentedToday(payload: Payload, top = 5, now = new Date()): Promise<MostCommentedArticle[]> {
  const comments = await payload.find({
    collection: 'comments',
    where: {
      and: [{ status: { equals: 'approved' } }, { createdAt: { greater_than_equal: new Date(now.getTime() - DAY_MS).toISOString() } }],
    },
    sort: '-createdAt',
    limit: SCAN_LIMIT,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { article: true },
  })
  const ranked = mostCommented(
    comments.docs.map((comment) => idOf(comment.article)),
    top,
  )
  if (ranked.length === 0) return []
  const articles = await payload.find({
    collection: 'articles',
    where: { id: { in: ranked.map((entry) => entry.id) } },
    limit: ranked.length,
    depth: 0,
    overrideAccess: true,
    select: { title: true },
  })
  const titles = new Map(articles.docs.map((article) => [article.id, article.title]))
  return ranked.filter((entry) => titles.has(entry.id)).map((entry) => ({ ...entry, title: titles.get(entry.id)! }))
}
