import type { TaskConfig } from 'payload'

import { loadCommentRules } from '../comments/settings'
import { signWebhook } from '../lib/comments'

/**
 * POSTs one webhook event, signed with the webhook's current secret (looked up at delivery, so
 * secrets never sit in the job table). Anything but a 2xx within 5 s fails the task, and Payload
 * retries it with exponential back-off; a webhook removed meanwhile is skipped.
 */
export const deliverWebhookTask: TaskConfig<'deliverWebhook'> = {
  slug: 'deliverWebhook',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 2000 } },
  inputSchema: [
    { name: 'url', type: 'text', required: true },
    { name: 'event', type: 'text', required: true },
    { name: 'body', type: 'textarea', required: true },
  ],
  outputSchema: [{ name: 'status', type: 'number', required: true }],
  handler: async ({ input, req }) => {
    const rules = await loadCommentRules(req.payload, req)
    const hook = rules.webhooks.find((candidate) => candidate.url === input.url && candidate.events.includes(input.event))
    if (!hook) return { output: { status: 0 } }
    const response = await fetch(input.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'newsroom-webhooks/1',
        'x-newsroom-event': input.event,
        'x-newsroom-signature': signWebhook(hook.secret, input.body, Math.floor(Date.now() / 1000)),
      },
      body: input.body,
      signal: AbortSignal.timeout(5000),
    })
    await response.body?.cancel()
    if (!response.ok) throw new Error(`webhook ${input.url} answered ${response.status}`)
    return { output: { status: response.status } }
  },
}
