import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { recountArticle, recountComment } from '@/comments/services/counters'
import type { Comment } from '@/payload-types'
import { idOf } from '@/lib/relationships/id-of'

/**
 * After a comment is written: the article's approved count, the parent's reply count and the
 * comment's own counts (a moderator's save writes the whole row, so a vote that landed meanwhile
 * is counted again). Runs in the writer's transaction; see counters.ts for why that is exact.
 */
export const keepCountsAfterChange: CollectionAfterChangeHook<Comment> = async ({ doc, previousDoc, req }) => {
  const articleId = idOf(doc.article)
  const statusChanged = doc.status !== previousDoc?.status
  if (articleId && statusChanged) await recountArticle(req.payload, articleId, req)
  const parentId = idOf(doc.parent)
  if (parentId && statusChanged) await recountComment(req.payload, parentId, req)
  if (previousDoc?.id) await recountComment(req.payload, doc.id, req)
  return doc
}

export const keepCountsAfterDelete: CollectionAfterDeleteHook<Comment> = async ({ doc, req }) => {
  const articleId = idOf(doc.article)
  if (articleId) await recountArticle(req.payload, articleId, req)
  const parentId = idOf(doc.parent)
  if (parentId) await recountComment(req.payload, parentId, req)
  return doc
}
