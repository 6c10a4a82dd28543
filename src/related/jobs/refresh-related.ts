import type { TaskConfig } from 'payload'

import { purgeTags } from '@/cache/purge'
import { queueWarm } from '@/cache/warm'
import { cacheTags } from '@/lib/cache/tags'
import { neighboursOf, recomputeRelated } from '../services/related'

/**
 * Recomputes the related suggestions of one article and of its neighbours (the articles that list
 * it or might), after it is published, edited, unpublished or deleted. Runs in the job queue, never
 * inside the editor's save; retried with Payload's back-off if the database hiccups.
 */
export const refreshRelatedTask: TaskConfig<'refreshRelated'> = {
  slug: 'refreshRelated',
  retries: 3,
  // What matters is the article as it is now: a refresh still waiting is replaced by the newer one.
  concurrency: { key: ({ input }) => `related:${input.articleId}`, exclusive: true, supersedes: true },
  inputSchema: [{ name: 'articleId', type: 'text', required: true }],
  outputSchema: [{ name: 'recomputed', type: 'number', required: true }],
  handler: async ({ input, req }) => {
    const now = new Date()
    const neighbours = await neighboursOf(req.payload, input.articleId, req)
    const changed: string[] = []
    for (const id of [input.articleId, ...neighbours]) if (await recomputeRelated(req.payload, id, now, req)) changed.push(id)
    // Only the pages whose "You may also like" now reads differently: a refresh that changes
    // nothing left every neighbour's page uncached for its next reader.
    if (changed.length > 0) await purgeTags(req, changed.map(cacheTags.related))
    for (const id of changed) await queueWarm(req, id, 'related')
    return { output: { recomputed: neighbours.length + 1 } }
  },
}
