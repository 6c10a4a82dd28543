import { randomUUID } from 'node:crypto'
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'
import { gzipSync } from 'node:zlib'
import type { NextFunction, RequestHandler } from 'express'

import { MissCollapser, type Settle } from '../lib/cache/collapse'
import { etagOf, matchesEtag, type StoredResponse } from '../lib/cache/page-store'
import {
  cacheKey,
  cachePolicy,
  isPersonal,
  PRIVATE_CACHE_CONTROL,
  publicCacheControl,
  type CacheHeaderOptions,
  type CachePolicy,
} from '../lib/cache/policy'
import { NO_STORE_HEADER, RENDER_ID_HEADER, sharedCache } from '../lib/cache/shared'
import { renderBegunAt } from '../lib/cache/shared-store'
import { cacheTagHeader, parseCacheTagHeader } from '../lib/cache/tags'
import { bufferResponse } from './buffered-response'
import { lookUpShared } from './shared-render'
import { beforeHead, keysNamed } from './response-head'

/** Response headers a stored copy is replayed with (the rest describe one render, not the content). */
// (A page's Content-Security-Policy carries the nonce of the scripts in its HTML, so it travels with it.)
const REPLAYED_HEADERS = [
  'content-type',
  'location',
  'link',
  'content-language',
  'x-robots-tag',
  'content-disposition',
  'content-security-policy',
]
const COMPRESSIBLE = /^(text\/|application\/(json|xml|rss\+xml|atom\+xml|javascript|ld\+json))/

/**
 * The edge's HTTP cache for anonymous GETs: pages, feeds and public API reads (src/lib/cache/policy).
 * - A hit is answered from memory (a stored gzip copy where the client takes it) without reaching Next.
 * - A miss in memory asks the shared store (src/lib/cache/shared-store) next: a page another process
 *   rendered, or this one before a restart, is copied into memory and answered without a render.
 * - A miss in both is rendered by Next, buffered, given a weak ETag and tags (`Cache-Tag`)
 *   for a CDN, and stored in memory and the shared store unless a purge of what it shows happened while it rendered.
 * - Misses of one key while it renders wait for that render (src/lib/cache/collapse), for up to
 *   `collapseWaitMs` (0: every miss renders).
 * - `If-None-Match` gets a 304 either way. Anything personal (draft preview, a guest token, an
 *   Authorization header, and a login on API reads: isPersonal) bypasses the cache and leaves
 *   marked `private, no-store`. Signed-in readers' page views are hits like anyone's.
 */
export function pageCache(
  headers: CacheHeaderOptions,
  { collapseWaitMs }: { collapseWaitMs: number },
): { answerHit: HitAnswerer; serve: RequestHandler; fill: RequestHandler } {
  const cacheControl = publicCacheControl(headers)
  const collapser = collapseWaitMs > 0 ? new MissCollapser<StoredResponse>(collapseWaitMs) : null
  const lookedUp = new WeakSet<IncomingMessage>()

  /**
   * The hit path on the bare Node request, for server.ts to call before Express: a hit costs no
   * router or middleware (Express's chain took three times as long as answering from memory).
   */
  const answerHit: HitAnswerer = (req, res, beforeReply) => {
    const lookup = cacheable(req)
    if (!lookup || lookup === 'personal') return false
    const hit = sharedCache().store?.get(lookup.key)
    if (!hit) {
      lookedUp.add(req) // counted as a miss once: `serve` does not ask the store again
      return false
    }
    beforeReply()
    replay(req, res, hit, cacheControl)
    return true
  }

  /** Early in the chain (before logging and compression): hits that came this way, and misses. */
  const serve: RequestHandler = (req, res, next) => {
    const lookup = cacheable(req)
    if (!lookup) return next()
    if (lookup === 'personal') {
      forceHeader(res, 'Cache-Control', PRIVATE_CACHE_CONTROL)
      return next()
    }
    const { policy, key } = lookup
    const store = sharedCache().store
    const hit = lookedUp.has(req) ? undefined : store?.get(key)
    if (hit) return replay(req, res, hit, cacheControl)
    const fill: Fill = { policy, key }
    res.locals[FILL] = fill
    if (!store) return next()
    if (collapser?.isRendering(key)) return waitForRender(req, res, fill, next)
    // Lead now, before asking the shared store: misses of this page meanwhile wait for this one.
    const settle = req.method === 'GET' ? collapser?.lead(key) : undefined
    if (settle) {
      fill.settle = settle
      res.once('close', () => settle(undefined)) // no-op once settled; frees the waiters of a reader who left
    }
    const responses = sharedCache().responses
    if (!responses) return next()
    // Not in this process's memory: another process (or this one before a restart) may have rendered
    // it, or be rendering it now.
    const begunAt = store.begin()
    const waitMs = req.method === 'GET' ? collapseWaitMs : 0
    void lookUpShared(responses, key, { waitMs, gone: () => res.destroyed }).then(
      ({ stored, release }) => {
        fill.release = release
        // A copy rendered before a purge this process has heard of is not served: it renders instead.
        if (!stored || !store.adopt(key, stored, begunAt)) return next()
        store.countSharedHit()
        settle?.(stored)
        if (!res.destroyed) replay(req, res, stored, cacheControl)
      },
      () => next(),
    )
  }

  /** A miss while this process renders the same page: wait for that render's result, or lead the next attempt. */
  const waitForRender = (req: IncomingMessage, res: ServerResponse, fill: Fill, next: NextFunction): void => {
    void collapser!.join(fill.key).then((outcome) => {
      if (res.destroyed || req.socket?.destroyed) {
        // The reader left while waiting: pass a handed-over render on instead of rendering for nobody.
        if ('lead' in outcome) outcome.lead(undefined)
        return
      }
      if ('stored' in outcome) {
        sharedCache().store?.countCollapsed()
        return replay(req, res, outcome.stored, cacheControl)
      }
      if ('lead' in outcome) fill.settle = outcome.lead
      next()
    }, next)
  }

  /** Last before Next (after compression, so it sees the bytes as rendered): renders a miss, tags and stores it. */
  const fill: RequestHandler = (req, res, next) => {
    const pending = res.locals[FILL] as Fill | undefined
    if (!pending) return next()
    const { policy, key } = pending
    const shared = sharedCache()
    const renderId = randomUUID()
    req.headers[RENDER_ID_HEADER] = renderId
    shared.renderTags.set(renderId, new Set(policy.tags))
    const begunAt = shared.store?.begin() ?? 0
    const begunAtWall = renderBegunAt()
    const settle = pending.settle ?? (req.method === 'GET' ? (collapser?.lead(key) ?? null) : null)
    // The claim on the render across processes (src/server/shared-render.ts) is given back once the
    // copy is in the shared store, or when the response ends without one.
    let storing = false
    res.once('close', () => {
      shared.renderTags.delete(renderId)
      settle?.(undefined) // aborted or passed through: waiters render for themselves
      if (!storing) pending.release?.()
    })
    if (req.method === 'HEAD') return next()
    shared.store?.countRender()

    bufferResponse(res, (status, body) => {
      const tags = [...(shared.renderTags.get(renderId) ?? []), ...parseCacheTagHeader(String(res.getHeader('cache-tag') ?? ''))]
      shared.renderTags.delete(renderId)
      // Next answers permanentRedirect() with 308; an old article slug is the classic 301.
      if (status === 308 && policy.kind === 'page') status = 301
      res.statusCode = status
      const refused = res.hasHeader(NO_STORE_HEADER)
      res.removeHeader(NO_STORE_HEADER)
      const storable = (status === 200 || status === 301) && !res.getHeader('set-cookie') && !refused
      if (!storable) {
        res.setHeader('Cache-Control', 'no-store')
        settle?.(undefined)
        return body
      }
      const etag = etagOf(body)
      const tagHeader = cacheTagHeader(tags)
      res.setHeader('ETag', etag)
      res.setHeader('Cache-Control', cacheControl)
      res.setHeader('Cache-Tag', tagHeader)
      res.setHeader('Vary', 'Accept-Encoding')
      res.setHeader('X-Cache', 'MISS')
      if (shared.store) {
        const contentType = String(res.getHeader('content-type') ?? '')
        const replayed = Object.fromEntries(
          REPLAYED_HEADERS.flatMap((name) => (res.hasHeader(name) ? [[name, String(res.getHeader(name))]] : [])),
        )
        const gzip = COMPRESSIBLE.test(contentType) && body.length > 1024 ? gzipSync(body) : null
        const entry = { status, headers: replayed, body, gzip, etag, tags: tagHeader.split(','), renderBegunAt: begunAtWall }
        const stored = shared.store.set(key, entry, begunAt) ? { ...entry, storedAt: Date.now() } : undefined
        settle?.(stored)
        if (stored && shared.responses) {
          storing = true
          void shared.responses.set(key, stored).finally(() => pending.release?.())
        }
      }
      if (matchesEtag(req.headers['if-none-match'], etag)) {
        res.statusCode = 304
        return Buffer.alloc(0)
      }
      return body
    })
    next()
  }

  return { answerHit, serve, fill }
}

/** Answers a cache hit on the bare request (calling `beforeReply` first to set the usual headers); false when it is not one. */
export type HitAnswerer = (req: IncomingMessage, res: ServerResponse, beforeReply: () => void) => boolean

/** The cache key of an anonymous GET the cache keeps; 'personal' for one it must not share; null otherwise. */
function cacheable(req: IncomingMessage): { policy: CachePolicy; key: string } | 'personal' | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null
  const url = req.url ?? '/'
  const query = url.indexOf('?')
  const policy = cachePolicy(query === -1 ? url : url.slice(0, query))
  if (!policy) return null
  if (isPersonal(req.headers, policy.kind)) return 'personal'
  if (isNextNavigation(req.headers) || url.length > 2048) return null
  return { policy, key: query === -1 ? url : cacheKey(policy, url.slice(0, query), url.slice(query)) }
}

const FILL = 'newsroomCacheFill'
/** A miss to render; `settle` when it leads a render others wait for (handed over by the one before). */
type Fill = { policy: CachePolicy; key: string; settle?: Settle<StoredResponse>; release?: () => void }

/** Client-side navigations of Next fetch an RSC payload for the same URL: never mix it with the HTML. */
function isNextNavigation(headers: IncomingHttpHeaders): boolean {
  return headers.rsc !== undefined || headers['next-router-state-tree'] !== undefined || headers['next-action'] !== undefined
}

function replay(req: IncomingMessage, res: ServerResponse, hit: StoredResponse, cacheControl: string): void {
  res.setHeader('ETag', hit.etag)
  res.setHeader('Cache-Control', cacheControl)
  res.setHeader('Vary', 'Accept-Encoding')
  res.setHeader('Age', String(Math.max(0, Math.floor((Date.now() - hit.storedAt) / 1000))))
  res.setHeader('X-Cache', 'HIT')
  const tagHeader = hit.tags.join(',')
  res.setHeader('Cache-Tag', tagHeader)
  if (matchesEtag(req.headers['if-none-match'], hit.etag)) {
    res.statusCode = 304
    res.end()
    return
  }
  for (const [name, value] of Object.entries(hit.headers)) res.setHeader(name, value)
  const gzip = hit.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) ? hit.gzip : null
  const body = gzip ?? hit.body
  // The compression middleware leaves a response that already has a Content-Encoding alone.
  if (gzip) res.setHeader('Content-Encoding', 'gzip')
  res.setHeader('Content-Length', String(body.length))
  res.statusCode = hit.status
  if (req.method === 'HEAD') res.end()
  else res.end(body)
}

/** Sets a header whatever the handler sets before the head is written (Next sets its own Cache-Control). */
function forceHeader(res: ServerResponse, name: string, value: string): void {
  beforeHead(res, (_status, given) => {
    res.setHeader(name, value)
    for (const key of keysNamed(given, name)) given![key] = value
  })
}
