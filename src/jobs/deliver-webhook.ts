import type { PayloadRequest, TaskConfig } from 'payload'

import { PURGE_EVENT } from '../cache/purge'
import { settings } from '../lib/config/settings'

import { loadCommentRules } from '../comments/services/rules'
import { signWebhook } from '../comments/domain'
import { markSending } from './sending'

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
  handler: async ({ input, job, req }) => {
    const secret = await currentSecret(req, input.url, input.event)
    if (secret === null) return { output: { status: 0 } }
    await markSending(req, job)
    const response = await fetch(input.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'newsroom-webhooks/1',
        'x-newsroom-event': input.event,
        // The same on each retry of this delivery: a receiver whose answer came too late drops the repeat by it.
        'x-newsroom-delivery': String(job.id),
        'x-newsroom-signature': signWebhook(secret, input.body, Math.floor(Date.now() / 1000)),
      },
      body: input.body,
      signal: AbortSignal.timeout(5000),
    })
    await response.body?.cancel()
    if (!response.ok) throw new Error(`webhook ${input.url} answered ${response.status}`)
    return { output: { status: response.status } }
  },
}

/** The secret a delivery is signed with now, or null when the webhook has since been removed. */
async function currentSecret(req: PayloadRequest, url: string, event: string): Promise<string | null> {
  if (event === PURGE_EVENT) return settings.cachePurgeWebhooks.includes(url) ? settings.cachePurgeSecret : null
  const rules = await loadCommentRules(req.payload, req)
  return rules.webhooks.find((candidate) => candidate.url === url && candidate.events.includes(event))?.secret ?? null
}
