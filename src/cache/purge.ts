import type { PayloadRequest } from 'payload'

import { pgNotify } from '../db/postgres-session'
import { apiTag } from '../lib/cache/policy'
import { encodePurge, PURGE_CHANNEL } from '../lib/cache/purge-message'
import { purgeLocal, purgeShared, sharedCache } from '../lib/cache/shared'
import { cacheTags, tagsForArticleChange, tagsForCommentChange, withGraphql } from '../lib/cache/tags'
import { settings } from '../lib/config/settings'
import type { Article, Comment } from '../payload-types'
import { idOf } from '@/lib/relationships/id-of'
import { queueWarm } from './warm'

/**
 * A render may read a row between our purge and the writer's commit and store what it read; a
 * second purge after the commit drops that copy too. On PostgreSQL the NOTIFY is that second purge
 * (delivered on commit, to every process; the writer's own process purges the shared store then);
 * elsewhere a timer stands in for it.
 */
const AFTER_COMMIT_MS = 1500

export const PURGE_EVENT = 'cache.purge'
export const PURGE_QUEUE = 'cache-purge'

/**
 * Purges the edge cache of this process and the shared store by tag and queues a signed
 * `cache.purge` webhook to every URL in CACHE_PURGE_WEBHOOKS (a CDN or another front end), in the
 * writer's transaction: a purge is announced if and only if the change was committed.
 */
export async function purgeTags(req: PayloadRequest, purged: string[], paths: string[] = []): Promise<void> {
  if (purged.length === 0 || req.context.seeding) return
  const tags = withGraphql(purged)
  purgeLocal(tags)
  await purgeShared(tags)
  // A process without the edge (a script) names no origin: then every listener purges the shared store.
  const origin = sharedCache().responses ? sharedCache().origin : undefined
  if (req.payload.db.name === 'postgres') await pgNotify(req.payload, req, PURGE_CHANNEL, encodePurge(tags, origin))
  else
    setTimeout(() => {
      purgeLocal(tags)
      void purgeShared(tags)
    }, AFTER_COMMIT_MS).unref()
  if (settings.cachePurgeWebhooks.length === 0) return
  const body = JSON.stringify({
    event: PURGE_EVENT,
    occurredAt: new Date().toISOString(),
    tags,
    paths: paths.map((path) => `${settings.siteUrl}${path}`),
  })
  for (const url of settings.cachePurgeWebhooks) {
    await req.payload.jobs.queue({ task: 'deliverWebhook', queue: PURGE_QUEUE, input: { url, event: PURGE_EVENT, body }, req })
  }
}

/**
 * An article save. A draft saved over a published article changes nothing public, but arrives here
 * looking like an unpublish (`draft` over `published`): the stored row says which it was.
 */
export async function purgeForArticle(req: PayloadRequest, doc: Article | null, previous: Article | null, paths: string[]): Promise<void> {
  let after = doc
  if (doc && doc._status === 'draft' && previous?._status === 'published') {
    const live = await req.payload.find({
      collection: 'articles',
      where: { id: { equals: doc.id } },
      select: { _status: true },
      limit: 1,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (live.docs[0]?._status === 'published') after = previous
  }
  if (after === previous && doc !== null) return
  const tags = tagsForArticleChange(previous, after)
  if (tags.length === 0) return
  await purgeTags(req, [...tags, apiTag('articles')], paths)
  await queueWarm(req, String((after ?? previous)!.id), 'article')
}

const visible = (comment: Pick<Comment, 'status'> | null) => comment?.status === 'approved' || comment?.status === 'deleted'

export async function purgeForComment(req: PayloadRequest, doc: Comment, previous: Comment | null): Promise<void> {
  const articleId = idOf(doc.article)
  const tags = tagsForCommentChange(articleId, visible(previous), visible(doc))
  if (tags.length === 0 || !articleId) return
  await purgeTags(req, [...tags, apiTag('comments'), apiTag('articles')])
  await queueWarm(req, articleId, 'comments')
}

/** Votes move counts on a visible comment: its article's comment reads, not the article itself. */
export async function purgeForVote(req: PayloadRequest, articleId: string | null): Promise<void> {
  if (articleId) await purgeTags(req, [cacheTags.comments(articleId), apiTag('comments')])
}
