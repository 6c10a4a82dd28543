import type { PayloadRequest, TaskConfig } from 'payload'

import { articlePath } from '../lib/articles/paths'
import { sharedCache } from '../lib/cache/shared'
import { ownOrigin } from '../lib/requests/own-origin'

/** Warm-ups wait in a queue of their own, looked at every second (payload.config.ts). */
export const WARM_QUEUE = 'cache-warm'
/**
 * Past the purge made once the change is committed (src/cache/purge.ts: NOTIFY, or the timer of
 * 1.5 s elsewhere), which would otherwise drop the copy rendered here.
 */
const WARM_DELAY_MS = 2_000

/**
 * What changed: an article (its page and the front page), the comments under one (its page and its
 * first comments read), or its "You may also like" block (its page).
 */
type WarmKind = 'article' | 'comments' | 'related'

/** When each warm-up this process queued will run, by `kind:articleId`. */
const queuedRuns = new Map<string, number>()
const QUEUED_RUNS_KEPT = 1_000

/**
 * After a publish, an edit, a comment approval or a related-stories refresh, the pages that changed are rendered once, by the
 * job, into the edge cache and the shared store: the first reader, on any process, gets a hit.
 * Only when this process has the edge (the service; not a script or a test on the Local API).
 * A burst of changes to one story (comments at a post a second) queues one warm-up, not one each:
 * while a warm-up this process queued is still at least half its delay away, it runs after this
 * change is committed and so renders it too. (Queueing one supersedes the last, but costs a job
 * row's delete, insert and read.)
 */
export async function queueWarm(req: PayloadRequest, articleId: string, kind: WarmKind): Promise<void> {
  if (req.context.seeding || !sharedCache().store) return
  const key = `${kind}:${articleId}`
  const now = Date.now()
  if ((queuedRuns.get(key) ?? 0) - now >= WARM_DELAY_MS / 2) return
  const runsAt = now + WARM_DELAY_MS
  await req.payload.jobs.queue({
    task: 'warmPages',
    queue: WARM_QUEUE,
    input: { articleId, kind },
    waitUntil: new Date(runsAt),
    req,
  })
  if (queuedRuns.size >= QUEUED_RUNS_KEPT) for (const [old, at] of queuedRuns) if (at < now) queuedRuns.delete(old)
  queuedRuns.set(key, runsAt)
}

/**
 * Renders the pages a change showed through this process's own edge (loopback HTTP, as a reader
 * would ask), so they are stored like any other render. A page that fails is left for its first
 * reader: nothing is retried, since the next change warms again.
 */
export const warmPagesTask: TaskConfig<'warmPages'> = {
  slug: 'warmPages',
  retries: 0,
  // Ten approvals in a row on one story warm its page once, with the last of them.
  concurrency: { key: ({ input }) => `warm:${input.kind}:${input.articleId}`, exclusive: true, supersedes: true },
  inputSchema: [
    { name: 'articleId', type: 'text', required: true },
    { name: 'kind', type: 'select', options: ['article', 'comments', 'related'], required: true },
  ],
  outputSchema: [{ name: 'warmed', type: 'number', required: true }],
  handler: async ({ input, req }) => {
    const paths = await pathsToWarm(req, input.articleId, input.kind)
    let warmed = 0
    for (const path of paths) {
      const response = await fetch(`${ownOrigin()}${path}`, { signal: AbortSignal.timeout(10_000) }).catch(() => null)
      await response?.arrayBuffer().catch(() => undefined)
      if (response?.ok) warmed += 1
      else req.payload.logger.warn(`cache warm-up: ${path} answered ${response?.status ?? 'nothing'}`)
    }
    return { output: { warmed } }
  },
}

async function pathsToWarm(req: PayloadRequest, articleId: string, kind: WarmKind): Promise<string[]> {
  const found = await req.payload.find({
    collection: 'articles',
    where: { and: [{ id: { equals: articleId } }, { _status: { equals: 'published' } }] },
    select: { slug: true },
    limit: 1,
    pagination: false,
    depth: 0,
    req,
  })
  const slug = found.docs[0]?.slug
  if (!slug) return kind === 'article' ? ['/'] : [] // unpublished or gone: only the front page changed
  if (kind === 'article') return [articlePath(slug), '/']
  // The comments read the article page's comments block makes first (src/comments/islands/Comments.tsx).
  if (kind === 'comments') return [articlePath(slug), `/api/articles/${articleId}/comments?sort=newest&page=1`]
  return [articlePath(slug)]
}
