import type { Payload, PayloadRequest } from 'payload'

import type { Comment } from '@/payload-types'
import { loadCommentRules } from './rules'
import { idOf } from '@/lib/relationships/id-of'

export type CommentEvent = 'comment.created' | 'comment.approved' | 'comment.rejected'

/** The events a write gives rise to: created once; approved or rejected (spam counts) when the status moves there. */
export function eventsFor(doc: Pick<Comment, 'status'>, previous: Pick<Comment, 'status'> | null): CommentEvent[] {
  const events: CommentEvent[] = []
  if (!previous) events.push('comment.created')
  if (doc.status !== previous?.status) {
    if (doc.status === 'approved') events.push('comment.approved')
    if ((doc.status === 'rejected' || doc.status === 'spam') && previous?.status !== 'rejected' && previous?.status !== 'spam')
      events.push('comment.rejected')
  }
  return events
}

/**
 * Queues one delivery job per subscribed webhook, in the writer's transaction: a delivery exists
 * if and only if the change was committed (an outbox). What is sent is what a newsroom tool needs
 * to act: never the commenter's e-mail or address.
 */
export async function queueCommentWebhooks(payload: Payload, doc: Comment, previous: Comment | null, req: PayloadRequest): Promise<number> {
  const events = eventsFor(doc, previous)
  if (events.length === 0) return 0
  const rules = await loadCommentRules(payload, req)
  if (rules.webhooks.length === 0) return 0
  const articleId = idOf(doc.article)
  const article = articleId
    ? await payload.findByID({
        collection: 'articles',
        id: articleId,
        depth: 0,
        overrideAccess: true,
        req,
        disableErrors: true,
        select: { slug: true, title: true },
      })
    : null
  let queued = 0
  for (const event of events) {
    const body = JSON.stringify({
      event,
      occurredAt: new Date().toISOString(),
      comment: {
        id: doc.id,
        status: doc.status,
        body: doc.body,
        authorId: idOf(doc.author),
        guestName: doc.guestName ?? null,
        parentId: idOf(doc.parent),
        reasons: (doc.moderationReasons ?? []).map((reason) => ({ code: reason.code, detail: reason.detail })),
        createdAt: doc.createdAt,
      },
      article: article ? { id: article.id, slug: article.slug, title: article.title } : null,
    })
    for (const hook of rules.webhooks.filter((candidate) => candidate.events.includes(event))) {
      await payload.jobs.queue({ task: 'deliverWebhook', input: { url: hook.url, event, body }, req })
      queued++
    }
  }
  return queued
}
