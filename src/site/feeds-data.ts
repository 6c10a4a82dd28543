import config from '@payload-config'
import { getPayload, type Payload, type Where } from 'payload'
import type { NewsArticle, WithContext } from 'schema-dts'

import { articlePath, authorPath, feedPaths, sectionPath, tagPath, type FeedScope } from '../lib/articles/paths'
import { cacheTags } from '../lib/cache/tags'
import { settings } from '../lib/config/settings'
import type { FeedData, FeedImage, FeedItem } from '../lib/feeds/feed'
import {
  ARTICLES_PER_SITEMAP,
  NEWS_MAX_URLS,
  NEWS_WINDOW_HOURS,
  articleSitemaps,
  newest,
  type NewsEntry,
  type SitemapEntry,
  type SitemapName,
} from '../lib/feeds/sitemaps'
import { newsArticleJsonLd } from '../lib/seo/json-ld'
import { idOf } from '../lib/relationships/id-of'
import type { Article, Author, Media, Section, SiteSetting, Tag } from '../payload-types'

/**
 * What feeds, sitemaps and structured data show, read through the Local API as an anonymous
 * visitor (`overrideAccess: false`, no user): drafts and anything else the public cannot read stay
 * out by the same access rules as REST, and the `_status` filter says so again in the query.
 */
export const FEED_SIZE = 30
/** The reader site is in English (the layout's `<html lang>`); site settings have no language. */
export const SITE_LANGUAGE = 'en'

const PUBLISHED: Where = { _status: { equals: 'published' } }
/**
 * Sitemap order: oldest first, so that a file's URLs stay put and only the last file grows; the id
 * breaks ties so that no story falls between two files. A new array each time: the SQL adapters
 * append their fallback sort to the one they are given.
 */
const sitemapOrder = () => ['firstPublishedAt', 'id']

const mediaPopulate = {
  url: true,
  filename: true,
  alt: true,
  mimeType: true,
  filesize: true,
  width: true,
  height: true,
  sizes: true,
} as const
/** What a feed entry needs of an article. */
const feedSelect = {
  title: true,
  slug: true,
  dek: true,
  hero: true,
  section: true,
  authors: true,
  firstPublishedAt: true,
  updatedAt: true,
} as const
const feedPopulate = { sections: { name: true, slug: true }, authors: { name: true, slug: true }, media: mediaPopulate } as const
/** What an article page must select and populate (depth 1) for articleJsonLd(): the feed's fields and the tags. */
export const articleJsonLdSelect = { ...feedSelect, tags: true } as const
export const articleJsonLdPopulate = { ...feedPopulate, tags: { name: true, slug: true } } as const

export type SiteInfo = { name: string; description: string; url: string; language: string; logoUrl: string | null; updated: Date | null }
export type { FeedScope } from '../lib/articles/paths'

const payloadInstance = () => getPayload({ config })

function doc<T extends object>(value: string | T | null | undefined): T | null {
  return value && typeof value === 'object' ? value : null
}

function dateOf(value: string | null | undefined): Date | null {
  const date = value ? new Date(value) : null
  return date && !Number.isNaN(date.getTime()) ? date : null
}

/** Site paths and Payload's upload URLs (absolute with serverURL set, relative without) made absolute. */
function absolute(pathOrUrl: string): string {
  return new URL(pathOrUrl, `${settings.siteUrl}/`).toString()
}

export async function loadSite(payload?: Payload): Promise<SiteInfo> {
  const site = await (payload ?? (await payloadInstance())).findGlobal({
    slug: 'site-settings',
    overrideAccess: false,
    depth: 1,
    select: { siteName: true, tagline: true, about: true, logo: true, updatedAt: true },
    populate: { media: mediaPopulate },
  })
  return siteInfo(site)
}

/**
 * The publisher as structured data names it. The site's own icon stands in until the newsroom
 * uploads a logo: search engines want one on every article (feeds, where an RSS image must be a
 * raster, show none instead).
 */
export function publisherOf(site: SiteInfo): { name: string; url: string; logoUrl: string } {
  return { name: site.name, url: absolute('/'), logoUrl: site.logoUrl ?? absolute('/icon.svg') }
}

/** What feeds and structured data say about the site, from its settings (read with the logo populated). */
export function siteInfo(site: Pick<SiteSetting, 'siteName' | 'tagline' | 'about' | 'logo' | 'updatedAt'>): SiteInfo {
  const logo = doc<Media>(site.logo)
  return {
    name: site.siteName || settings.siteName,
    description: site.about || site.tagline || '',
    url: settings.siteUrl,
    language: SITE_LANGUAGE,
    logoUrl: logo?.url ? absolute(logo.url) : null,
    updated: dateOf(site.updatedAt),
  }
}

function bylines(article: Article): { name: string; url: string }[] {
  return (article.authors ?? []).flatMap((value) => {
    const author = doc<Author>(value)
    return author?.slug ? [{ name: author.name, url: absolute(authorPath(author.slug)) }] : []
  })
}

/** The upload as it was sent (JPEG or PNG): the made sizes are WebP, which not every feed reader shows. */
function feedImage(media: Media | null): FeedImage | null {
  if (!media?.url) return null
  return { url: absolute(media.url), alt: media.alt, type: media.mimeType, length: media.filesize }
}

function feedItem(article: Article): FeedItem | null {
  const published = dateOf(article.firstPublishedAt) ?? dateOf(article.updatedAt)
  if (!article.slug || !published) return null
  return {
    id: article.id,
    title: article.title,
    url: absolute(articlePath(article.slug)),
    summary: article.dek ?? '',
    published,
    updated: newest([published, dateOf(article.updatedAt)]) ?? published,
    authors: bylines(article),
    category: doc<Section>(article.section)?.name ?? '',
    image: feedImage(doc<Media>(article.hero?.image)),
  }
}

/** The cache tags of what an entry shows: the story, its bylines, its section name and its picture. */
function entryTags(article: Article): string[] {
  const section = idOf(article.section)
  const image = idOf(article.hero?.image)
  return [
    cacheTags.article(article.id),
    ...(article.authors ?? []).flatMap((author) => {
      const id = idOf(author)
      return id ? [cacheTags.author(id)] : []
    }),
    ...(section ? [cacheTags.section(section)] : []),
    ...(image ? [cacheTags.media(image)] : []),
  ]
}

type Scope = { where: Where | null; title: string; description: string; pagePath: string; tags: string[] }

async function resolveScope(payload: Payload, scope: FeedScope, site: SiteInfo): Promise<Scope | null> {
  const bySlug = (slug: string) =>
    ({ where: { slug: { equals: slug } }, limit: 1, pagination: false, depth: 0, overrideAccess: false }) as const
  if (scope.section) {
    const found = await payload.find({
      collection: 'sections',
      ...bySlug(scope.section),
      select: { name: true, slug: true, description: true },
    })
    const section = found.docs[0]
    if (!section) return null
    return {
      // Stories filed under the section as their primary one or as one of "more sections".
      where: { or: [{ section: { equals: section.id } }, { sections: { in: [section.id] } }] },
      title: `${section.name} · ${site.name}`,
      description: section.description || `The latest ${section.name} stories from ${site.name}.`,
      pagePath: sectionPath(section.slug),
      tags: [cacheTags.section(section.id)],
    }
  }
  if (scope.tag) {
    const found = await payload.find({ collection: 'tags', ...bySlug(scope.tag), select: { name: true, slug: true } })
    const tag = found.docs[0]
    if (!tag) return null
    return {
      where: { tags: { in: [tag.id] } },
      title: `${tag.name} · ${site.name}`,
      description: `The latest stories tagged ${tag.name} on ${site.name}.`,
      pagePath: tagPath(tag.slug ?? scope.tag),
      tags: [cacheTags.tag(tag.id)],
    }
  }
  if (scope.author) {
    const found = await payload.find({
      collection: 'authors',
      ...bySlug(scope.author),
      select: { name: true, slug: true, roleTitle: true },
    })
    const author = found.docs[0]
    if (!author) return null
    return {
      where: { authors: { in: [author.id] } },
      title: `${author.name} · ${site.name}`,
      description: author.roleTitle ? `${author.name}, ${author.roleTitle}: the latest stories.` : `The latest stories by ${author.name}.`,
      pagePath: authorPath(author.slug),
      tags: [cacheTags.author(author.id)],
    }
  }
  return {
    where: null,
    title: site.name,
    description: site.description || `The latest stories from ${site.name}.`,
    pagePath: '/',
    tags: [],
  }
}

/** The latest FEED_SIZE stories of the site, a section, a tag or an author; null when the slug names none. */
export async function loadFeed(scope: FeedScope, format: 'rss' | 'atom'): Promise<{ data: FeedData; tags: string[] } | null> {
  const payload = await payloadInstance()
  const site = await loadSite(payload)
  const resolved = await resolveScope(payload, scope, site)
  if (!resolved) return null
  const found = await payload.find({
    collection: 'articles',
    where: resolved.where ? { and: [PUBLISHED, resolved.where] } : PUBLISHED,
    sort: '-firstPublishedAt',
    limit: FEED_SIZE,
    pagination: false,
    depth: 1,
    select: feedSelect,
    populate: feedPopulate,
    overrideAccess: false,
  })
  const entries = (found.docs as Article[]).flatMap((article) => {
    const item = feedItem(article)
    return item ? [{ item, tags: entryTags(article) }] : []
  })
  const items = entries.map((entry) => entry.item)
  return {
    data: {
      title: resolved.title,
      description: resolved.description,
      siteUrl: settings.siteUrl,
      selfPath: feedPaths[format](scope),
      pagePath: resolved.pagePath,
      language: site.language,
      updated: newest(items.map((item) => item.updated)) ?? site.updated ?? new Date(),
      logoUrl: site.logoUrl,
      items,
    },
    tags: [...resolved.tags, ...entries.flatMap((entry) => entry.tags)],
  }
}

/** The index: every article sitemap (dated by its newest change), the pages and the news sitemap. */
export async function loadSitemapIndex(now: Date): Promise<{ name: SitemapName; lastmod: Date | null }[]> {
  const payload = await payloadInstance()
  const [changes, news] = await Promise.all([
    payload.find({
      collection: 'articles',
      where: PUBLISHED,
      sort: sitemapOrder(),
      pagination: false,
      depth: 0,
      select: { updatedAt: true },
      overrideAccess: false,
    }),
    loadNewsSitemap(now, payload),
  ])
  const updated = changes.docs.map((article) => dateOf(article.updatedAt))
  return [
    ...articleSitemaps(updated),
    { name: { kind: 'pages' }, lastmod: newest(updated) },
    { name: { kind: 'news' }, lastmod: newest(news.map((entry) => entry.published)) },
  ]
}

/** One article sitemap (pages from 1), or null past the last one. */
export async function loadArticleSitemap(page: number): Promise<SitemapEntry[] | null> {
  const payload = await payloadInstance()
  const found = await payload.find({
    collection: 'articles',
    where: PUBLISHED,
    sort: sitemapOrder(),
    limit: ARTICLES_PER_SITEMAP,
    page,
    depth: 0,
    select: { slug: true, updatedAt: true },
    overrideAccess: false,
  })
  if (page > Math.max(1, found.totalPages)) return null
  return found.docs.flatMap((article) =>
    article.slug ? [{ url: absolute(articlePath(article.slug)), lastmod: dateOf(article.updatedAt) }] : [],
  )
}

/**
 * The home page and every section, tag and author page. Only the home page has a lastmod (its
 * newest story): a section's own `updatedAt` says when it was renamed, not when its page changed.
 */
export async function loadPagesSitemap(): Promise<SitemapEntry[]> {
  const payload = await payloadInstance()
  const all = { pagination: false, depth: 0, sort: 'slug', select: { slug: true }, overrideAccess: false } as const
  const [latest, sections, tags, authors] = await Promise.all([
    payload.find({
      collection: 'articles',
      where: PUBLISHED,
      sort: '-updatedAt',
      limit: 1,
      pagination: false,
      depth: 0,
      select: { updatedAt: true },
      overrideAccess: false,
    }),
    payload.find({ collection: 'sections', ...all }),
    payload.find({ collection: 'tags', ...all }),
    payload.find({ collection: 'authors', ...all }),
  ])
  const pages = (docs: { slug?: string | null }[], path: (slug: string) => string) =>
    docs.flatMap((page) => (page.slug ? [{ url: absolute(path(page.slug)) }] : []))
  return [
    { url: absolute('/'), lastmod: dateOf(latest.docs[0]?.updatedAt) },
    ...pages(sections.docs, sectionPath),
    ...pages(tags.docs, tagPath),
    ...pages(authors.docs, authorPath),
  ]
}

/** Stories first published in the news window (the pure module applies the window again, to the minute). */
export async function loadNewsSitemap(now: Date, payload?: Payload): Promise<(NewsEntry & { id: string })[]> {
  const since = new Date(now.getTime() - NEWS_WINDOW_HOURS * 60 * 60 * 1000)
  const found = await (payload ?? (await payloadInstance())).find({
    collection: 'articles',
    where: { and: [PUBLISHED, { firstPublishedAt: { greater_than_equal: since.toISOString() } }] },
    sort: '-firstPublishedAt',
    limit: NEWS_MAX_URLS,
    pagination: false,
    depth: 0,
    select: { title: true, slug: true, firstPublishedAt: true },
    overrideAccess: false,
  })
  return found.docs.flatMap((article) => {
    const published = dateOf(article.firstPublishedAt)
    return article.slug && published ? [{ id: article.id, url: absolute(articlePath(article.slug)), title: article.title, published }] : []
  })
}

/**
 * schema.org NewsArticle for an article page, from the article read with `articleJsonLdSelect` and
 * `articleJsonLdPopulate` (depth 1). Null for an article without a slug or a date (never published).
 */
export function articleJsonLd(article: Article, site: SiteInfo): WithContext<NewsArticle> | null {
  const item = feedItem(article)
  if (!item) return null
  const media = doc<Media>(article.hero?.image)
  // The widest renditions first: Google prefers images at least 1200 px wide.
  const images = media
    ? [media.sizes?.hero?.url, media.url, media.sizes?.card?.url].filter((url): url is string => Boolean(url)).map(absolute)
    : []
  return newsArticleJsonLd({
    url: item.url,
    headline: article.title,
    description: article.dek,
    images: [...new Set(images)],
    datePublished: item.published,
    dateModified: item.updated,
    authors: item.authors,
    publisher: publisherOf(site),
    section: item.category || null,
    keywords: (article.tags ?? []).flatMap((value) => {
      const tag = doc<Tag>(value)
      return tag ? [tag.name] : []
    }),
  })
}
