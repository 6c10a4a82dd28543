import { cacheTags } from './tags'

/**
 * Which GET responses the edge may cache for anonymous readers, and the tags each one starts with
 * (pages add the tags of what they showed). Everything not named here is passed through untouched.
 */
export type CachePolicy = { kind: 'page' | 'api'; tags: string[] }

/** Collections whose public REST reads may be cached; any public change to one purges `api:<slug>`. */
export const CACHED_API_COLLECTIONS = ['articles', 'sections', 'tags', 'authors', 'media', 'comments'] as const
export const apiTag = (collection: string) => `api:${collection}`

const NEVER =
  /^\/(admin|account|_next|next|preview|api\/(graphql-playground|users|readers|comment-votes|comment-reports|comment-subscriptions|payload-jobs|payload-preferences|readyz))(\/|$)/
const ARTICLE_SUB = /^\/api\/articles\/([\w-]+)\/(comments|comments\/inline|related)$/
const COMMENT_THREAD = /^\/api\/comments\/[\w-]+\/thread$/
const COLLECTION_READ = new RegExp(`^/api/(${CACHED_API_COLLECTIONS.join('|')})(/[\\w-]+)?$`)

export function cachePolicy(path: string): CachePolicy | null {
  if (NEVER.test(path)) return null
  if (path === '/healthz' || path === '/readyz') return null
  if (path.startsWith('/api/')) {
    const sub = ARTICLE_SUB.exec(path)
    if (sub) {
      const [, id, what] = sub
      if (what === 'related') return { kind: 'api', tags: [cacheTags.related(id), apiTag('articles')] }
      return { kind: 'api', tags: [cacheTags.comments(id), cacheTags.commentSettings] }
    }
    if (COMMENT_THREAD.test(path)) return { kind: 'api', tags: [apiTag('comments')] }
    if (path === '/api/globals/site-settings') return { kind: 'api', tags: [cacheTags.site] }
    // Queries by GET only (a POST is never cached); keyed by the whole query string, as REST reads are.
    if (path === '/api/graphql') return { kind: 'api', tags: [cacheTags.graphql] }
    if (path === '/api/search') return { kind: 'api', tags: [cacheTags.lists, apiTag('articles')] }
    const read = COLLECTION_READ.exec(path)
    // `/api/media/file/…` is the upload itself: Payload serves it with its own validators.
    if (read && !path.startsWith('/api/media/file')) return { kind: 'api', tags: [apiTag(read[1])] }
    return null
  }
  return { kind: 'page', tags: [cacheTags.site] }
}

/** The query parameters reader pages read; others (utm_source, fbclid, …) change nothing and share one copy. */
const PAGE_PARAMS = new Set(['page', 'q', 'sort', 'cpage', 'comment', 'token', 'path'])

/**
 * The cache key of a request: the path and, for pages, only the parameters a page reads, in a fixed
 * order, so campaign links do not each cost a render. API reads keep their whole query.
 */
export function cacheKey(policy: CachePolicy, path: string, search: string): string {
  if (policy.kind === 'api' || !search) return `${path}${search}`
  const params = new URLSearchParams(search)
  const kept = [...params].filter(([name]) => PAGE_PARAMS.has(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return kept.length ? `${path}?${new URLSearchParams(kept).toString()}` : path
}

/**
 * Cookies and headers that make a request personal: such requests are never served from or put in a
 * shared cache. A reader's login cookie does not make a page personal: pages are rendered without
 * the user (src/site/payload.ts), and what is the reader's own (name, pending comments, votes) the
 * islands fetch for themselves, so signed-in readers share the cached copy. API reads answer by the
 * caller's access, so a login keeps them personal; so does an editor's draft preview.
 */
export function isPersonal(
  headers: { cookie?: string; authorization?: string; 'x-guest-token'?: string | string[] },
  kind: CachePolicy['kind'] = 'api',
): boolean {
  if (headers.authorization || headers['x-guest-token']) return true
  const cookie = headers.cookie ?? ''
  return (kind === 'page' ? DRAFT_PREVIEW_COOKIE : LOGIN_OR_PREVIEW_COOKIE).test(cookie)
}
/** Next's draft-mode cookie: an editor previewing unpublished work. */
const DRAFT_PREVIEW_COOKIE = /(?:^|;\s*)__prerender_bypass=/
export const isDraftPreview = (cookie: string | undefined): boolean => DRAFT_PREVIEW_COOKIE.test(cookie ?? '')
/** payload-token: a staff or reader login. */
const LOGIN_OR_PREVIEW_COOKIE = /(?:^|;\s*)(payload-token|__prerender_bypass)=/

export type CacheHeaderOptions = { sMaxAgeSeconds: number; staleWhileRevalidateSeconds: number }

/** Browsers revalidate every time (cheap, with the ETag); shared caches keep it briefly and may serve it stale while refetching. */
export function publicCacheControl({ sMaxAgeSeconds, staleWhileRevalidateSeconds }: CacheHeaderOptions): string {
  return `public, max-age=0, s-maxage=${sMaxAgeSeconds}, stale-while-revalidate=${staleWhileRevalidateSeconds}`
}

export const PRIVATE_CACHE_CONTROL = 'private, no-store'
