import type { TaskConfig } from 'payload'

import { scheduleDigest, unsentComments, unsubscribeUrl } from '../services/subscriptions'
import { idOf } from '@/lib/relationships/id-of'
import { loadCommentRules } from '../services/rules'
import { articlePath } from '@/lib/articles/paths'
import { renderCommentDigest } from '../domain'
import { settings } from '@/lib/config/settings'
import { markSending } from '@/jobs/sending'

/** Comments looked at for one mail; more wait for the next. */
const BATCH = 50

/**
 * One "Notify of" mail for one subscription: every approved comment it has not been told about,
 * as a single message or a short digest, with a one-click unsubscribe link and List-Unsubscribe
 * headers. The subscription's high-water mark moves only after the SMTP server took the message,
 * so a failed send is retried (with back-off) and nothing is lost; a successful one is never
 * repeated, because the next run starts after it.
 */
export const sendCommentDigestTask: TaskConfig<'sendCommentDigest'> = {
  slug: 'sendCommentDigest',
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 2000 } },
  inputSchema: [{ name: 'subscriptionId', type: 'text', required: true }],
  outputSchema: [{ name: 'sent', type: 'number', required: true }],
  handler: async ({ input, job, req }) => {
    const { payload } = req
    const subscription = await payload.findByID({
      collection: 'comment-subscriptions',
      id: input.subscriptionId,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    if (!subscription || subscription.status !== 'active') return { output: { sent: 0 } }
    const fresh = await unsentComments(payload, subscription, req, BATCH)
    if (fresh.docs.length === 0) {
      await payload.update({
        collection: 'comment-subscriptions',
        id: subscription.id,
        data: { digestDueAt: null },
        overrideAccess: true,
        req,
      })
      return { output: { sent: 0 } }
    }
    const article = await payload.findByID({
      collection: 'articles',
      id: idOf(subscription.article)!,
      depth: 0,
      overrideAccess: true,
      req,
      select: { title: true, slug: true },
    })
    const authorIds = [...new Set(fresh.docs.map((doc) => idOf(doc.author)).filter((id): id is string => !!id))]
    const names = new Map(
      (
        await payload.find({
          collection: 'readers',
          where: { id: { in: authorIds } },
          limit: authorIds.length || 1,
          depth: 0,
          overrideAccess: true,
          req,
          select: { displayName: true },
        })
      ).docs.map((reader) => [reader.id, reader.displayName]),
    )
    const unsubscribe = unsubscribeUrl(subscription.id)
    const mail = renderCommentDigest({
      siteName: settings.siteName,
      articleTitle: article.title,
      articleUrl: `${settings.siteUrl}${articlePath(article.slug ?? '')}`,
      scope: subscription.scope,
      total: fresh.totalDocs,
      unsubscribeUrl: unsubscribe,
      comments: fresh.docs.map((doc) => ({
        id: doc.id,
        author: (idOf(doc.author) && names.get(idOf(doc.author)!)) || doc.guestName || 'A reader',
        excerpt: (doc.body ?? '').length > 400 ? `${(doc.body ?? '').slice(0, 400)}…` : (doc.body ?? ''),
        isReply: !!doc.replyTo,
      })),
    })
    await markSending(req, job)
    await payload.sendEmail({
      to: subscription.email,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    })
    const now = new Date()
    const through = fresh.docs.at(-1)!.approvedAt ?? now.toISOString()
    const sent = await payload.update({
      collection: 'comment-subscriptions',
      id: subscription.id,
      data: { notifiedThrough: through, lastSentAt: now.toISOString(), digestDueAt: null },
      overrideAccess: true,
      req,
    })
    // Comments approved while this mail was being made found a job already waiting and queued
    // none of their own: look once more, so they are not left until the next comment comes.
    if ((await unsentComments(payload, sent, req, 1)).docs.length > 0) {
      const rules = await loadCommentRules(payload, req)
      await scheduleDigest(payload, sent, rules.notifyIntervalMinutes, now.getTime(), req)
    }
    return { output: { sent: fresh.docs.length } }
  },
}
