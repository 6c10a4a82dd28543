import { atomFeed, rssFeed } from '../lib/feeds/feed'
import { robotsTxt } from '../lib/feeds/robots'
import { newsSitemapXml, parseSitemapName, sitemapIndexXml, urlsetXml } from '../lib/feeds/sitemaps'
import { cacheTagHeader, cacheTags } from '../lib/cache/tags'
import { settings } from '../lib/config/settings'
import { loadArticleSitemap, loadFeed, loadNewsSitemap, loadPagesSitemap, loadSitemapIndex, loadSite, type FeedScope } from './feeds-data'

/**
 * The route handlers of feeds, sitemaps and robots.txt, shared: each route file only says which
 * one it is. Every response is labelled with the cache tags of what it shows: lists and site
 * always, plus the stories (with their bylines, sections and pictures) where there are few enough
 * to name; article sitemaps, thousands of URLs long, rely on `lists`. The edge sets Cache-Control.
 */
const CONTENT_TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  text: 'text/plain; charset=utf-8',
} as const

function respond(body: string, type: keyof typeof CONTENT_TYPES, tags: string[] = [], status = 200): Response {
  return new Response(body, {
    status,
    headers: { 'Content-Type': CONTENT_TYPES[type], 'Cache-Tag': cacheTagHeader([cacheTags.lists, cacheTags.site, ...tags]) },
  })
}

const notFound = (message: string) => respond(message, 'text', [], 404)

export async function feedResponse(format: 'rss' | 'atom', scope: FeedScope = {}): Promise<Response> {
  const feed = await loadFeed(scope, format)
  if (!feed) return notFound(scope.section ? 'No such section' : scope.tag ? 'No such tag' : 'No such author')
  return respond(format === 'rss' ? rssFeed(feed.data) : atomFeed(feed.data), format, feed.tags)
}

export async function sitemapIndexResponse(): Promise<Response> {
  return respond(await sitemapIndexXml(settings.siteUrl, await loadSitemapIndex(new Date())), 'xml')
}

/** `/sitemaps/<fileName>`: articles-<n>.xml, pages.xml or news.xml. */
export async function sitemapResponse(fileName: string): Promise<Response> {
  const name = parseSitemapName(fileName)
  if (name?.kind === 'pages') return respond(await urlsetXml(await loadPagesSitemap()), 'xml')
  if (name?.kind === 'news') {
    const now = new Date()
    const [site, articles] = await Promise.all([loadSite(), loadNewsSitemap(now)])
    const xml = await newsSitemapXml({ name: site.name, language: site.language }, articles, now)
    // Two days of stories are few enough to name, and their titles are in it.
    return respond(
      xml,
      'xml',
      articles.map((article) => cacheTags.article(article.id)),
    )
  }
  if (name?.kind === 'articles') {
    const entries = await loadArticleSitemap(name.page)
    if (entries) return respond(await urlsetXml(entries), 'xml')
  }
  return notFound('No such sitemap')
}

export function robotsResponse(): Response {
  return respond(robotsTxt(settings.siteUrl), 'text')
}
