/**
 * Cache tag names and purge rules: the one place that says which cached responses show what.
 * Readers (pages, feeds, API reads) label what they send with these tags; the hooks that change
 * content purge with the rules below. A tag is also sent as `Cache-Tag`/`Surrogate-Key` so a CDN
 * in front can purge the same way.
 */
export const cacheTags = {
  /** Site settings (name, about, social links): on every page. */
  site: 'site',
  /** Comment settings: the rules every comment form and comment read shows. */
  commentSettings: 'comment-settings',
  /** Which stories exist and where they are listed: home, section/tag/author lists, search, feeds, sitemaps. */
  lists: 'lists',
  /** One article, everywhere it is shown (its page and every list or related block that shows it). */
  article: (id: string) => `article:${id}`,
  /** The comments block, count and comment API reads of one article, and every list card showing its count. */
  comments: (articleId: string) => `comments:${articleId}`,
  /** The "You may also like" block of one article. */
  related: (articleId: string) => `related:${articleId}`,
  section: (id: string) => `section:${id}`,
  tag: (id: string) => `tag:${id}`,
  author: (id: string) => `author:${id}`,
  media: (id: string) => `media:${id}`,
  /** The "Most read" ranking (the front page): purged when a flush of views changes it. */
  mostRead: 'most-read',
  /** The view counts themselves (GET /api/articles/most-read): purged by every flush that stored some. */
  viewCounts: 'view-counts',
  /** Every cached GraphQL read (GET /api/graphql): a query may show anything, so any purge drops them (`withGraphql`). */
  graphql: 'graphql',
} as const

/** What no GraphQL query shows: the view counts and their ranking have no GraphQL field. */
const NOT_IN_GRAPHQL = new Set<string>([cacheTags.mostRead, cacheTags.viewCounts])

/**
 * The tags a purge sends: any change a GraphQL query could show also drops every cached GraphQL
 * read. Coarse on purpose: a document can select any mix of collections, globals and custom
 * fields, and an article read is purged by each comment anyway (its count), as the REST read is.
 */
export function withGraphql(tags: string[]): string[] {
  if (tags.includes(cacheTags.graphql) || tags.every((tag) => NOT_IN_GRAPHQL.has(tag))) return tags
  return [...tags, cacheTags.graphql]
}

/** What an article's list membership depends on: a change to any of these moves it between lists. */
const LIST_FIELDS = [
  '_status',
  'slug',
  'section',
  'sections',
  'tags',
  'authors',
  'featured',
  'breaking',
  'firstPublishedAt',
  'excludeFromRelated',
] as const

type ArticleShape = { id: string; _status?: string | null } & Partial<Record<(typeof LIST_FIELDS)[number], unknown>>

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(normaliseRefs(a)) === JSON.stringify(normaliseRefs(b))
}

/** Relationship values compare by id, whether or not they were populated. */
function normaliseRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normaliseRefs)
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: unknown }).id
  return value ?? null
}

/**
 * The tags to purge when an article is saved (or deleted: `after` null). A draft save of an
 * unpublished story purges nothing: no public response shows it.
 */
export function tagsForArticleChange(before: ArticleShape | null, after: ArticleShape | null): string[] {
  const id = after?.id ?? before?.id
  if (!id) return []
  const wasPublic = before?._status === 'published'
  const isPublic = after?._status === 'published'
  if (!wasPublic && !isPublic) return []
  const tags = [cacheTags.article(id)]
  const membershipChanged = wasPublic !== isPublic || LIST_FIELDS.some((field) => !sameValue(before?.[field], after?.[field]))
  if (membershipChanged) tags.push(cacheTags.lists)
  return tags
}

/** A comment became visible, changed while visible or stopped being visible. */
export function tagsForCommentChange(articleId: string | null, wasVisible: boolean, isVisible: boolean): string[] {
  if (!articleId || (!wasVisible && !isVisible)) return []
  // The article page, its comment reads and the list cards that show the count all carry this tag.
  // Not `article:<id>`: a related block elsewhere shows no count, and purging every page that lists
  // the story on each comment turned a busy thread into a stream of re-renders.
  return [cacheTags.comments(articleId)]
}

/** Tags are sent in one header: keep only characters every CDN accepts in a tag. */
export function cacheTagHeader(tags: Iterable<string>): string {
  return [...new Set(tags)].filter((tag) => /^[\w:.-]+$/.test(tag)).join(',')
}

export function parseCacheTagHeader(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean)
}
