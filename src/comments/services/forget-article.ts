import type { PayloadRequest } from 'payload'

/** Rows a statement names at most (SQLite's bound-parameter limit is the tightest). */
const CHUNK = 500

/**
 * What readers left on an article goes with it: its comments with their votes and reports, and the
 * "Notify of" subscriptions to it. Run before the article's row is deleted, in the same
 * transaction: those rows must point at an article (the columns are NOT NULL), so the database
 * refused the delete while any existed. The comments go through the adapter, not the Local API:
 * their own delete rule keeps threads whole (protectThreads), which has no sense when the whole
 * story goes, and their purge and live events would announce a page that no longer exists.
 */
export async function forgetArticleComments(req: PayloadRequest, articleId: string): Promise<void> {
  const { payload } = req
  const ids: string[] = []
  for (let page = 1, more = true; more; page++) {
    const batch = await payload.find({
      collection: 'comments',
      where: { article: { equals: articleId } },
      select: { article: true },
      depth: 0,
      limit: CHUNK,
      page,
      overrideAccess: true,
      req,
    })
    ids.push(...batch.docs.map((doc) => String(doc.id)))
    more = batch.hasNextPage
  }
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK)
    await payload.db.deleteMany({ collection: 'comment-votes', where: { comment: { in: chunk } }, req })
    await payload.db.deleteMany({ collection: 'comment-reports', where: { comment: { in: chunk } }, req })
  }
  if (ids.length) await payload.db.deleteMany({ collection: 'comments', where: { article: { equals: articleId } }, req })
  await payload.db.deleteMany({ collection: 'comment-subscriptions', where: { article: { equals: articleId } }, req })
}
