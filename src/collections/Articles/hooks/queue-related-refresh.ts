import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Article } from '@/payload-types'

/**
 * Queues the related-stories refresh when what readers see changes: a publish (or an edit that is
 * published), an unpublish, a delete. Autosaved drafts of a draft change nothing public and queue
 * nothing. Seeding computes everything once at the end instead.
 */
export const queueRelatedRefresh: CollectionAfterChangeHook<Article> = async ({ doc, previousDoc, req }) => {
  if (req.context.seeding) return doc
  const publicChange = doc._status === 'published' || previousDoc?._status === 'published'
  if (publicChange) await req.payload.jobs.queue({ task: 'refreshRelated', input: { articleId: doc.id }, req })
  return doc
}

export const queueRelatedRefreshOnDelete: CollectionAfterDeleteHook<Article> = async ({ id, req }) => {
  await req.payload.jobs.queue({ task: 'refreshRelated', input: { articleId: String(id) }, req })
}
