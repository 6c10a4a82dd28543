import type { TaskConfig } from 'payload'

import { articlePath } from '@/lib/articles/paths'
import { settings } from '@/lib/config/settings'
import { escapeHtml } from '@/lib/text/escape-html'
import { markSending } from '@/jobs/sending'

const SUBJECTS: Record<string, string> = {
  reject: 'Your comment was not published',
  ban: 'You can no longer comment',
  suspend: 'Your commenting is suspended',
}

/**
 * Tells a commenter what a moderator decided and why: a rejection given a reason, a ban, a
 * suspension (the moderation log entry holds it all). From the queue, so an SMTP hiccup is retried.
 * Nothing is sent when the commenter left no address.
 */
export const sendModerationNoticeTask: TaskConfig<'sendModerationNotice'> = {
  slug: 'sendModerationNotice',
  retries: { attempts: 6, backoff: { type: 'exponential', delay: 2000 } },
  inputSchema: [{ name: 'eventId', type: 'text', required: true }],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  handler: async ({ input, job, req }) => {
    const event = await req.payload.findByID({
      collection: 'moderation-events',
      id: input.eventId,
      depth: 1,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    const subject = event ? SUBJECTS[event.action] : undefined
    if (!event || !subject) return { output: { sent: false } }
    const reader = typeof event.reader === 'object' ? event.reader : null
    const to = reader?.email ?? event.guestEmail
    if (!to) return { output: { sent: false } }
    const article = typeof event.article === 'object' ? event.article : null
    const comment = typeof event.comment === 'object' ? event.comment : null
    const articleUrl = article?.slug ? `${settings.siteUrl}${articlePath(article.slug)}` : settings.siteUrl
    const lines = [
      article ? `About your comment on “${article.title}” (${articleUrl}):` : 'About your comment:',
      comment?.body ? `“${comment.body.slice(0, 300)}”` : null,
      `${subject}. The moderator’s reason: ${event.reason ?? 'none given'}`,
      `Our community guidelines are on ${settings.siteUrl}. Reply to this mail if you think we got it wrong.`,
    ].filter((line): line is string => line !== null)
    await markSending(req, job)
    await req.payload.sendEmail({
      to,
      subject: `${subject} · ${settings.siteName}`,
      text: lines.join('\n\n'),
      html: lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n'),
    })
    return { output: { sent: true } }
  },
}
