import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Article } from '@/payload-types'
import { syncArticle } from '@/search/services/search'

/**
 * Every save re-reads what is actually published (a draft saved over a published article leaves
 * the published version live) and indexes that, or drops the article from the index.
 */
export const syncSearchIndex: CollectionAfterChangeHook<Article> = async ({ doc, req }) => {
  await syncArticle(req.payload, doc.id, req)
  return doc
}

export const removeFromSearchIndex: CollectionAfterDeleteHook<Article> = async ({ id, req }) => {
  await syncArticle(req.payload, String(id), req)
}
