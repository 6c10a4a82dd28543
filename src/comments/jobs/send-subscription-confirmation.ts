import type { TaskConfig } from 'payload'

import { confirmUrl, unsubscribeUrl } from '../services/subscriptions'
import { articlePath } from '@/lib/articles/paths'
import { settings } from '@/lib/config/settings'
import { escapeHtml } from '@/lib/text/escape-html'
import { markSending } from '@/jobs/sending'

/**
 * The double opt-in mail for a guest's "Notify of" subscription, sent from the queue (an SMTP
 * hiccup is retried with back-off, never felt by the reader who clicked). Skipped once the
 * subscription is no longer pending.
 */
export const sendSubscriptionConfirmationTask: TaskConfig<'sendSubscriptionConfirmation'> = {
  slug: 'sendSubscriptionConfirmation',
  retries: { attempts: 6, backoff: { type: 'exponential', delay: 2000 } },
  inputSchema: [{ name: 'subscriptionId', type: 'text', required: true }],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  handler: async ({ input, job, req }) => {
    const subscription = await req.payload.findByID({
      collection: 'comment-subscriptions',
      id: input.subscriptionId,
      depth: 1,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    if (!subscription || subscription.status !== 'pending') return { output: { sent: false } }
    const article = typeof subscription.article === 'object' ? subscription.article : null
    const title = article?.title ?? 'an article'
    const what = subscription.scope === 'replies' ? 'replies to your comments on' : 'new comments on'
    const confirm = confirmUrl(subscription.id)
    const articleUrl = article?.slug ? `${settings.siteUrl}${articlePath(article.slug)}` : settings.siteUrl
    await markSending(req, job)
    await req.payload.sendEmail({
      to: subscription.email,
      subject: `Confirm: e-mail me about ${what} “${title}”`,
      html: [
        `<p>Someone (we hope you) asked ${escapeHtml(settings.siteName)} to e-mail this address about ${escapeHtml(what)} <a href="${escapeHtml(articleUrl)}">${escapeHtml(title)}</a>.</p>`,
        `<p><a href="${escapeHtml(confirm)}">Yes, notify me</a> (the link works for 48 hours).</p>`,
        `<p>If it was not you, ignore this mail: nothing will be sent.</p>`,
      ].join('\n'),
      text: `Confirm that you want e-mail about ${what} "${title}": ${confirm}\nIf it was not you, ignore this mail.`,
      headers: { 'List-Unsubscribe': `<${unsubscribeUrl(subscription.id)}>` },
    })
    return { output: { sent: true } }
  },
}
