/** The reader site's URL of an article. Redirect records and feeds use the same function. */
export function articlePath(slug: string): string {
  return `/articles/${slug}`
}

export function sectionPath(slug: string): string {
  return `/sections/${slug}`
}

export function authorPath(slug: string): string {
  return `/authors/${slug}`
}

export function tagPath(slug: string): string {
  return `/tags/${slug}`
}

export function searchPath(query: string): string {
  return query ? `/search?q=${encodeURIComponent(query)}` : '/search'
}

/** Feeds: RSS 2.0 and Atom for the whole site, each section and each author. */
/** Which stories a feed holds: the whole site, or one section, tag or author (by slug). */
export type FeedScope = { section?: string; tag?: string; author?: string }

export const feedPaths = {
  rss: (scope?: FeedScope) => `${scopePrefix(scope)}/feed.xml`,
  atom: (scope?: FeedScope) => `${scopePrefix(scope)}/atom.xml`,
}

function scopePrefix(scope?: FeedScope): string {
  if (scope?.section) return sectionPath(scope.section)
  if (scope?.tag) return tagPath(scope.tag)
  if (scope?.author) return authorPath(scope.author)
  return ''
}

export const discoveryPaths = { sitemapIndex: '/sitemap.xml', newsSitemap: '/sitemaps/news.xml', robots: '/robots.txt' }
