import { ErrorLevel, SitemapIndexStream, SitemapStream, streamToPromise, type SitemapItemLoose, type SitemapStreamOptions } from 'sitemap'
import type { Readable } from 'node:stream'

import { absoluteHttpUrl } from './xml-text'

/**
 * Sitemaps, written by the `sitemap` package: the index, the article URLs a page of
 * ARTICLES_PER_SITEMAP at a time, the section/tag/author pages and the Google News sitemap. The
 * clock comes in as an argument. URLs are checked to be absolute before they reach the package:
 * its stream would throw on a relative one where no promise could catch it.
 */
export const ARTICLES_PER_SITEMAP = 5000
export const NEWS_WINDOW_HOURS = 48
/** Google News reads at most this many URLs from one news sitemap. */
export const NEWS_MAX_URLS = 1000

export type SitemapEntry = { url: string; lastmod?: Date | null }
export type NewsEntry = { url: string; title: string; published: Date }
export type Publication = { name: string; language: string }

/** The names under /sitemaps/: `articles-<n>.xml` (from 1), `pages.xml`, `news.xml`. */
export type SitemapName = { kind: 'articles'; page: number } | { kind: 'pages' } | { kind: 'news' }

export const sitemapFileName = (name: SitemapName): string => (name.kind === 'articles' ? `articles-${name.page}.xml` : `${name.kind}.xml`)
export const sitemapPath = (name: SitemapName): string => `/sitemaps/${sitemapFileName(name)}`

export function parseSitemapName(fileName: string): SitemapName | null {
  if (fileName === 'pages.xml') return { kind: 'pages' }
  if (fileName === 'news.xml') return { kind: 'news' }
  const match = /^articles-([1-9]\d{0,5})\.xml$/.exec(fileName)
  return match ? { kind: 'articles', page: Number(match[1]) } : null
}

/** How many article sitemaps: at least one, so the index always names `articles-1.xml`. */
export function articleSitemapCount(articleCount: number): number {
  return Math.max(1, Math.ceil(articleCount / ARTICLES_PER_SITEMAP))
}

/**
 * The article sitemaps for the index, from every published article's last change in sitemap order
 * (oldest first, so that old files keep their contents and only the last one grows): each file's
 * lastmod is the newest change among its articles.
 */
export function articleSitemaps(changes: (Date | null | undefined)[]): { name: SitemapName; lastmod: Date | null }[] {
  return Array.from({ length: articleSitemapCount(changes.length) }, (_, index) => {
    const slice = changes.slice(index * ARTICLES_PER_SITEMAP, (index + 1) * ARTICLES_PER_SITEMAP)
    return { name: { kind: 'articles', page: index + 1 }, lastmod: newest(slice) }
  })
}

export function newest(dates: (Date | null | undefined)[]): Date | null {
  let found: Date | null = null
  for (const date of dates) if (isDate(date) && (!found || date > found)) found = date
  return found
}

const isDate = (value: Date | null | undefined): value is Date => value instanceof Date && !Number.isNaN(value.getTime())

/** First published within the last NEWS_WINDOW_HOURS, and not in the future. */
export function inNewsWindow(published: Date, now: Date): boolean {
  const age = now.getTime() - published.getTime()
  return isDate(published) && age >= 0 && age <= NEWS_WINDOW_HOURS * 60 * 60 * 1000
}

/** The news sitemap wants an ISO 639 code ("en", "zh-cn", "zh-tw"), not a full language tag. */
export function newsLanguage(tag: string): string {
  const lower = tag.trim().toLowerCase()
  if (lower === 'zh-cn' || lower === 'zh-tw') return lower
  const primary = lower.split(/[-_]/)[0]
  return /^[a-z]{2,3}$/.test(primary) ? primary : 'en'
}

export async function sitemapIndexXml(siteUrl: string, children: { name: SitemapName; lastmod?: Date | null }[]): Promise<string> {
  const stream = new SitemapIndexStream({ level: ErrorLevel.WARN })
  return collect(
    stream,
    children.map((child) => ({ url: absoluteHttpUrl(`${siteUrl}${sitemapPath(child.name)}`), ...lastmodOf(child.lastmod) })),
  )
}

type NSArgs = NonNullable<SitemapStreamOptions['xmlns']>

const PLAIN: NSArgs = { news: false, video: false, image: false, xhtml: false }

/** A urlset of pages with their last change (article sitemaps and pages.xml). */
export async function urlsetXml(entries: SitemapEntry[]): Promise<string> {
  return urlset(
    entries.map((entry) => ({ url: absoluteHttpUrl(entry.url), ...lastmodOf(entry.lastmod) })),
    PLAIN,
  )
}

/** The Google News sitemap: the articles first published in the window, newest first (Google reads no keywords or genres). */
export async function newsSitemapXml(publication: Publication, articles: NewsEntry[], now: Date): Promise<string> {
  const recent = articles
    .filter((article) => inNewsWindow(article.published, now))
    .sort((a, b) => b.published.getTime() - a.published.getTime())
    .slice(0, NEWS_MAX_URLS)
  const language = newsLanguage(publication.language)
  return urlset(
    recent.map((article) => ({
      url: absoluteHttpUrl(article.url),
      news: {
        publication: { name: publication.name, language },
        publication_date: article.published.toISOString(),
        title: article.title,
      },
    })),
    { ...PLAIN, news: true },
  )
}

const lastmodOf = (date: Date | null | undefined) => (isDate(date) ? { lastmod: date.toISOString() } : {})

/**
 * The package refuses to write a urlset without URLs (it fails with EmptySitemap), yet an empty one
 * is what the news sitemap is after a quiet two days, and crawlers should get a document, not an
 * error. This fixed string is the only XML written here by hand, and it carries no data.
 */
export const EMPTY_URLSET = '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>'

async function urlset(items: SitemapItemLoose[], xmlns: NSArgs): Promise<string> {
  if (items.length === 0) return EMPTY_URLSET
  const problems: Error[] = []
  const stream = new SitemapStream({ xmlns, level: ErrorLevel.WARN, errorHandler: (error) => problems.push(error) })
  const xml = await collect(stream, items)
  // Bad input is collected rather than thrown: a throw inside the stream would escape the promise.
  if (problems.length > 0) throw problems[0]
  return xml
}

async function collect(
  stream: SitemapStream | SitemapIndexStream,
  items: (SitemapItemLoose | { url: string; lastmod?: string })[],
): Promise<string> {
  const done = streamToPromise(stream as Readable)
  for (const item of items) stream.write(item)
  stream.end()
  return (await done).toString('utf8')
}
