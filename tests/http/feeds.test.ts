import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { articles as demoArticles, draftArticle, scheduledArticle } from '@/seed/content/demo-content'
import { parseCacheTagHeader } from '@/lib/cache/tags'
import { expectWellFormed, parseXml } from '../unit/feeds/xml'
import { baseUrl, expectStatus, loginAs, request } from './helpers/client'

/**
 * Feeds, sitemaps and robots.txt on the demo content: what they list is exactly what an anonymous
 * REST client may read, with absolute links, and never a draft. Requests sent with a staff token
 * skip the edge cache (a personal request), so they show a fresh render: the routes read as an
 * anonymous visitor whoever asks.
 */
type Slugs = { docs: { id: string; slug: string; title: string }[]; totalDocs: number }

let editor: string
const created: string[] = []

async function get(path: string, token?: string) {
  const response = await request<string>(path, { token })
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    tags: parseCacheTagHeader(response.headers.get('cache-tag')),
    text: response.body,
  }
}

/** The published stories an anonymous REST client sees, newest first. */
async function published(where = '', limit = 30): Promise<Slugs> {
  const response = await request<Slugs>(
    `/api/articles?sort=-firstPublishedAt&limit=${limit}&depth=0&select[slug]=true&select[title]=true${where}`,
  )
  expect(response.status).toBe(200)
  return response.body
}

async function idOf(collection: 'sections' | 'authors', slug: string): Promise<string> {
  const response = await request<{ docs: { id: string }[] }>(`/api/${collection}?where[slug][equals]=${slug}&depth=0&limit=1`)
  return response.body.docs[0].id
}

const articleUrl = (slug: string) => `${baseUrl()}/articles/${slug}`
const rssItems = (xml: string): { link: string; guid: { '#text': string }; title: string }[] =>
  parseXml(xml, ['item', 'category', 'author']).rss.channel.item ?? []
const atomEntries = (xml: string): { id: string; link: { '@_href': string; '@_rel'?: string }[] }[] =>
  parseXml(xml, ['entry', 'link', 'author', 'category']).feed.entry ?? []
const locs = (xml: string): string[] => (parseXml(xml, ['url']).urlset.url ?? []).map((entry: { loc: string }) => entry.loc)

beforeAll(async () => {
  editor = await loginAs('editor')
})

afterAll(async () => {
  // Later files count the published stories: a story left behind here (a draft over a published
  // story above all) would fail them far from its cause, so a failed delete fails this file.
  for (const id of created) {
    expectStatus(await request(`/api/articles/${id}`, { method: 'DELETE', token: editor }), 200)
  }
})

describe('site-wide feeds', () => {
  it('RSS lists the 30 latest published stories with absolute links, permalink guids and their cache tags', async () => {
    const feed = await get('/feed.xml')
    expect(feed.status).toBe(200)
    expect(feed.type).toBe('application/rss+xml; charset=utf-8')
    expectWellFormed(feed.text)
    const expected = await published()
    const items = rssItems(feed.text)
    expect(items.map((item) => item.link)).toEqual(expected.docs.map((doc) => articleUrl(doc.slug)))
    for (const item of items) {
      expect(item.link).toMatch(new RegExp(`^${baseUrl()}/articles/[a-z0-9-]+$`))
      expect(item.guid['#text']).toBe(item.link)
    }
    expect(feed.tags).toEqual(expect.arrayContaining(['lists', 'site', ...expected.docs.map((doc) => `article:${doc.id}`)]))
    expect(parseXml(feed.text).rss.channel['atom:link']['@_href']).toBe(`${baseUrl()}/feed.xml`)
  })

  it('Atom lists the same stories, each with its article URL as id', async () => {
    const feed = await get('/atom.xml')
    expect(feed.status).toBe(200)
    expect(feed.type).toBe('application/atom+xml; charset=utf-8')
    expectWellFormed(feed.text)
    const expected = await published()
    const entries = atomEntries(feed.text)
    expect(entries.map((entry) => entry.id)).toEqual(expected.docs.map((doc) => articleUrl(doc.slug)))
    for (const entry of entries) expect(entry.link[0]['@_href']).toBe(entry.id)
    expect(feed.tags).toEqual(expect.arrayContaining(['lists', 'site']))
  })
})

describe('section and author feeds', () => {
  it('a section feed holds only that section’s stories, including those filed there as a second section', async () => {
    const sectionId = await idOf('sections', 'business')
    const expected = await published(`&where[or][0][section][equals]=${sectionId}&where[or][1][sections][in]=${sectionId}`)
    for (const path of ['/sections/business/feed.xml', '/sections/business/atom.xml']) {
      const feed = await get(path)
      expect(feed.status, path).toBe(200)
      expectWellFormed(feed.text)
      const links = path.endsWith('feed.xml')
        ? rssItems(feed.text).map((item) => item.link)
        : atomEntries(feed.text).map((entry) => entry.id)
      expect(links).toEqual(expected.docs.map((doc) => articleUrl(doc.slug)))
      expect(feed.tags).toEqual(expect.arrayContaining(['lists', 'site', `section:${sectionId}`]))
    }
    const links = rssItems((await get('/sections/business/feed.xml')).text).map((item) => item.link)
    // Local politics first, business second; and a football story that is not business at all.
    expect(links).toContain(articleUrl('harbour-bridge-partial-reopening-buses-cyclists'))
    expect(links).not.toContain(articleUrl('rovers-late-winner-challenge-cup-final'))
  })

  it('an author feed holds only that author’s bylines', async () => {
    const authorId = await idOf('authors', 'tobias-renner')
    const expected = await published(`&where[authors][in]=${authorId}`)
    const feed = await get('/authors/tobias-renner/feed.xml')
    expect(feed.status).toBe(200)
    const links = rssItems(feed.text).map((item) => item.link)
    expect(links).toEqual(expected.docs.map((doc) => articleUrl(doc.slug)))
    expect(links).toContain(articleUrl('harbour-bridge-partial-reopening-buses-cyclists'))
    expect(links).not.toContain(articleUrl('opposition-calls-for-audit-of-coastal-bridges'))
    expect(feed.tags).toEqual(expect.arrayContaining(['lists', 'site', `author:${authorId}`]))
    const atom = await get('/authors/tobias-renner/atom.xml')
    expect(atom.type).toBe('application/atom+xml; charset=utf-8')
    expect(atomEntries(atom.text).map((entry) => entry.id)).toEqual(links)
  })

  it('a tag feed holds only the stories with that tag', async () => {
    // A tag of the demo's (other files may add tags with no story yet).
    const demoTag = demoArticles.find((article) => article.tags.length > 0)!.tags[0]
    const tag = (await request<{ docs: { id: string; slug: string }[] }>(`/api/tags?limit=1&depth=0&where[slug][equals]=${demoTag}`)).body
      .docs[0]
    const expected = await published(`&where[tags][in]=${tag.id}`)
    expect(expected.totalDocs).toBeGreaterThan(0)
    const feed = await get(`/tags/${tag.slug}/feed.xml`)
    expect(feed.status).toBe(200)
    expect(rssItems(feed.text).map((item) => item.link)).toEqual(expected.docs.map((doc) => articleUrl(doc.slug)))
    expect(feed.tags).toEqual(expect.arrayContaining(['lists', 'site', `tag:${tag.id}`]))
    const atom = await get(`/tags/${tag.slug}/atom.xml`)
    expect(atomEntries(atom.text).map((entry) => entry.id)).toEqual(expected.docs.map((doc) => articleUrl(doc.slug)))
  })

  it('is found from every page: the site feed everywhere, and a list page’s own feed on it', async () => {
    // A demo story (other files publish bare ones, without tags, that may be the newest).
    const article = (
      await request<{ docs: { slug: string; section: { slug: string }; tags: { slug: string }[]; authors: { slug: string }[] }[] }>(
        `/api/articles?depth=1&limit=1&where[slug][equals]=${demoArticles.find((candidate) => candidate.tags.length > 0)!.slug}`,
      )
    ).body.docs[0]
    const story = { slug: article.slug }
    const pages: [string, string | null][] = [
      ['/', null],
      [`/articles/${story.slug}`, null],
      [`/sections/${article.section.slug}`, `/sections/${article.section.slug}`],
      [`/tags/${article.tags[0].slug}`, `/tags/${article.tags[0].slug}`],
      [`/authors/${article.authors[0].slug}`, `/authors/${article.authors[0].slug}`],
      ['/search?q=harbour', null],
    ]
    for (const [path, own] of pages) {
      const html = (await get(path)).text
      const alternates = (html.match(/<link [^>]*rel="alternate"[^>]*>/g) ?? [])
        .filter((link) => /type="application\/(rss|atom)\+xml"/.test(link))
        .map((link) => new URL(link.match(/href="([^"]+)"/)![1].replace(/&amp;/g, '&'), baseUrl()).pathname)
      expect(alternates, path).toEqual(
        expect.arrayContaining(['/feed.xml', '/atom.xml', ...(own ? [`${own}/feed.xml`, `${own}/atom.xml`] : [])]),
      )
      for (const feed of alternates) expect((await get(feed)).status, `${path} → ${feed}`).toBe(200)
    }
  })

  it.each([
    ['/tags/no-such-tag/feed.xml', 'No such tag'],
    ['/sections/no-such-section/feed.xml', 'No such section'],
    ['/sections/no-such-section/atom.xml', 'No such section'],
    ['/authors/no-such-author/feed.xml', 'No such author'],
    ['/authors/no-such-author/atom.xml', 'No such author'],
  ])('%s: 404', async (path, message) => {
    const response = await get(path)
    expect(response.status).toBe(404)
    expect(response.type).toBe('text/plain; charset=utf-8')
    expect(response.text).toBe(message)
  })
})

describe('sitemaps', () => {
  it('the index names the article, pages and news sitemaps, and each one parses', async () => {
    const index = await get('/sitemap.xml')
    expect(index.status).toBe(200)
    expect(index.type).toBe('application/xml; charset=utf-8')
    expectWellFormed(index.text)
    const children: string[] = parseXml(index.text, ['sitemap']).sitemapindex.sitemap.map((entry: { loc: string }) => entry.loc)
    expect(children).toEqual([`${baseUrl()}/sitemaps/articles-1.xml`, `${baseUrl()}/sitemaps/pages.xml`, `${baseUrl()}/sitemaps/news.xml`])
    for (const child of children) {
      const sitemap = await get(child.slice(baseUrl().length))
      expect(sitemap.status, child).toBe(200)
      expect(sitemap.type).toBe('application/xml; charset=utf-8')
      expectWellFormed(sitemap.text)
      expect(parseXml(sitemap.text).urlset, child).toBeDefined()
    }
  })

  it('the article sitemap lists every published story with its last change', async () => {
    const all = await published('', 100)
    const sitemap = await get('/sitemaps/articles-1.xml')
    const urls = parseXml(sitemap.text, ['url']).urlset.url as { loc: string; lastmod: string }[]
    if (all.totalDocs <= 100) expect(new Set(urls.map((url) => url.loc))).toEqual(new Set(all.docs.map((doc) => articleUrl(doc.slug))))
    for (const url of urls) expect(Number.isNaN(Date.parse(url.lastmod))).toBe(false)
    for (const slug of [draftArticle.slug, scheduledArticle.slug]) expect(urls.map((url) => url.loc)).not.toContain(articleUrl(slug))
  })

  it('pages.xml lists the home page and the section, tag and author pages', async () => {
    const urls = locs((await get('/sitemaps/pages.xml')).text)
    for (const path of ['/', '/sections/business', '/sections/football', '/tags/harbour-bridge', '/authors/tobias-renner']) {
      expect(urls).toContain(`${baseUrl()}${path}`)
    }
  })

  it('the news sitemap holds the stories first published in the last 48 hours, and only those', async () => {
    const news = await get('/sitemaps/news.xml')
    expect(news.status).toBe(200)
    const entries = parseXml(news.text, ['url']).urlset.url as {
      loc: string
      'news:news': {
        'news:publication': { 'news:name': string; 'news:language': string }
        'news:publication_date': string
        'news:title': string
      }
    }[]
    const urls = entries.map((entry) => entry.loc)
    // The seed dates the demo stories 1 to 590 hours before it ran.
    for (const article of demoArticles.filter((demo) => demo.hoursAgo <= 45)) expect(urls).toContain(articleUrl(article.slug))
    for (const article of demoArticles.filter((demo) => demo.hoursAgo >= 60)) expect(urls).not.toContain(articleUrl(article.slug))
    const siteName = (await request<{ siteName: string }>('/api/globals/site-settings')).body.siteName
    const titles = new Map((await published('', 100)).docs.map((doc) => [articleUrl(doc.slug), doc.title]))
    for (const entry of entries) {
      const item = entry['news:news']
      expect(item['news:publication']).toEqual({ 'news:name': siteName, 'news:language': 'en' })
      expect(Date.now() - Date.parse(item['news:publication_date'])).toBeLessThanOrEqual(48 * 60 * 60 * 1000)
      if (titles.has(entry.loc)) expect(item['news:title']).toBe(titles.get(entry.loc))
    }
    expect(news.tags).toEqual(expect.arrayContaining(['lists', 'site']))
  })

  it.each(['/sitemaps/articles-2.xml', '/sitemaps/articles-0.xml', '/sitemaps/unknown.xml', '/sitemaps/news'])('%s: 404', async (path) => {
    const response = await get(path)
    expect(response.status).toBe(404)
    expect(response.text).toBe('No such sitemap')
  })
})

describe('robots.txt', () => {
  it('names both sitemaps and keeps crawlers out of the admin and the API', async () => {
    const robots = await get('/robots.txt')
    expect(robots.status).toBe(200)
    expect(robots.type).toBe('text/plain; charset=utf-8')
    const lines = robots.text.split('\n')
    expect(lines).toContain('Disallow: /admin')
    expect(lines).toContain('Disallow: /api/')
    expect(lines).toContain(`Sitemap: ${baseUrl()}/sitemap.xml`)
    expect(lines).toContain(`Sitemap: ${baseUrl()}/sitemaps/news.xml`)
  })
})

describe('cache tags', () => {
  it.each([
    '/feed.xml',
    '/atom.xml',
    '/sections/culture/feed.xml',
    '/authors/hallam-osei/atom.xml',
    '/sitemap.xml',
    '/sitemaps/articles-1.xml',
    '/sitemaps/pages.xml',
    '/sitemaps/news.xml',
    '/robots.txt',
  ])('%s is tagged lists and site', async (path) => {
    // Twice: the first answer may be rendered, the second may come from the edge cache.
    for (let round = 0; round < 2; round += 1) expect((await get(path)).tags).toEqual(expect.arrayContaining(['lists', 'site']))
  })
})

describe('drafts', () => {
  const everywhere = [
    '/feed.xml',
    '/atom.xml',
    '/sections/business/feed.xml',
    '/authors/tobias-renner/atom.xml',
    '/sitemaps/articles-1.xml',
    '/sitemaps/news.xml',
  ]

  it('a draft never appears in a feed or sitemap, even when staff ask', async () => {
    const [section, author] = await Promise.all([idOf('sections', 'business'), idOf('authors', 'tobias-renner')])
    const slug = `feeds-draft-probe-${Date.now().toString(36)}`
    const draft = await request<{ doc: { id: string } }>('/api/articles?draft=true', {
      method: 'POST',
      token: editor,
      json: { title: `Feeds draft probe ${slug}`, slug, _status: 'draft', section, authors: [author] },
    })
    expect(draft.status).toBe(201)
    created.push(draft.body.doc.id)
    for (const path of everywhere) {
      for (const token of [undefined, editor]) {
        const response = await get(path, token)
        expect(response.status, path).toBe(200)
        expect(response.text, path).not.toContain(slug)
        expect(response.text, path).not.toContain(draftArticle.slug)
        expect(response.tags, path).not.toContain(`article:${draft.body.doc.id}`)
      }
    }
  })

  it('a draft revision of a published story does not change what feeds show', async () => {
    const [section, author] = await Promise.all([idOf('sections', 'business'), idOf('authors', 'tobias-renner')])
    const image = (await request<{ docs: { id: string }[] }>('/api/media?limit=1&depth=0')).body.docs[0].id
    const stamp = Date.now().toString(36)
    const story = await request<{ doc: { id: string; slug: string } }>('/api/articles', {
      method: 'POST',
      token: editor,
      json: { title: `Feeds probe ${stamp}`, _status: 'published', section, authors: [author], hero: { image } },
    })
    expect(story.status).toBe(201)
    created.push(story.body.doc.id)
    const revised = await request(`/api/articles/${story.body.doc.id}?draft=true`, {
      method: 'PATCH',
      token: editor,
      json: { title: `Unpublished headline ${stamp}`, _status: 'draft' },
    })
    expect(revised.status).toBe(200)
    for (const path of everywhere) {
      const response = await get(path, editor)
      expect(response.text, path).toContain(articleUrl(story.body.doc.slug))
      expect(response.text, path).not.toContain(`Unpublished headline ${stamp}`)
    }
    expect(rssItems((await get('/feed.xml', editor)).text)[0].title).toBe(`Feeds probe ${stamp}`)
  })
})
