import type { TaskConfig } from 'payload'

import { markSending } from '@/jobs/sending'

/**
 * A notice to members of staff (a piece ready for review, a scheduled publish that failed), from
 * the queue so an SMTP hiccup is retried. One job per recipient: one bad address fails alone.
 */
export const sendStaffNoticeTask: TaskConfig<'sendStaffNotice'> = {
  slug: 'sendStaffNotice',
  retries: { attempts: 6, backoff: { type: 'exponential', delay: 2000 } },
  inputSchema: [
    { name: 'to', type: 'email', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
  ],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  handler: async ({ input, job, req }) => {
    await markSending(req, job)
    await req.payload.sendEmail({ to: input.to, subject: input.subject, text: input.text })
    return { output: { sent: true } }
  },
}
