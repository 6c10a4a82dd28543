import type { CollectionAfterChangeHook } from 'payload'

import { recountArticle } from '@/comments/services/counters'
import type { Article } from '@/payload-types'

/**
 * An editor's save writes the article row whole, comment count included, from the values the
 * editor loaded: count again (in the same transaction, under the row's lock) so a comment approved
 * meanwhile is not lost. Drafts live in the versions table and do not touch the live count.
 */
export const keepCommentCount: CollectionAfterChangeHook<Article> = async ({ doc, req }) => {
  if (doc._status === 'published') await recountArticle(req.payload, doc.id, req)
  return doc
}
