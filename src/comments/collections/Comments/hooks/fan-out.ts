import type { CollectionAfterChangeHook } from 'payload'

import { purgeForComment } from '@/cache/purge'
import { publishCommentChange } from '@/comments/services/live'
import { queueCommentNotifications } from '@/comments/services/subscriptions'
import { queueCommentWebhooks } from '@/comments/services/webhooks'
import type { Comment } from '@/payload-types'

/** Tells the newsroom's own tools (chat alerts, outside moderation) about new, approved and rejected comments. */
export const sendCommentWebhooks: CollectionAfterChangeHook<Comment> = async ({ doc, operation, previousDoc, req }) => {
  await queueCommentWebhooks(req.payload, doc, operation === 'create' ? null : previousDoc, req)
  return doc
}

/** Queues "Notify of" mail for the subscribers a newly approved comment concerns (sent from the job queue). */
export const notifySubscribers: CollectionAfterChangeHook<Comment> = async ({ doc, operation, previousDoc, req }) => {
  await queueCommentNotifications(req.payload, doc, operation === 'create' ? null : previousDoc, req)
  return doc
}

/** Tells open article pages (Server-Sent Events, every process) about a comment that appeared or went. */
export const publishLiveChange: CollectionAfterChangeHook<Comment> = async ({ doc, operation, previousDoc, req }) => {
  await publishCommentChange(req.payload, doc, operation === 'create' ? null : previousDoc, req)
  return doc
}

/** A comment that appeared, changed or went purges the cached pages and API reads that show it. */
export const purgeCommentCache: CollectionAfterChangeHook<Comment> = async ({ doc, operation, previousDoc, req }) => {
  await purgeForComment(req, doc, operation === 'create' ? null : previousDoc)
  return doc
}
