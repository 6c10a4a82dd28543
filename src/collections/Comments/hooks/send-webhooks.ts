import type { CollectionAfterChangeHook } from 'payload'

import { queueCommentWebhooks } from '../../../comments/webhooks'
import type { Comment } from '../../../payload-types'

/** Tells the newsroom's own tools (chat alerts, outside moderation) about new, approved and rejected comments. */
export const sendCommentWebhooks: CollectionAfterChangeHook<Comment> = async ({ doc, operation, previousDoc, req }) => {
  await queueCommentWebhooks(req.payload, doc, operation === 'create' ? null : previousDoc, req)
  return doc
}
