import { describe, expect, it } from 'vitest'

import { discoveryPaths } from '@/lib/articles/paths'
import {
  ARTICLES_PER_SITEMAP,
  EMPTY_URLSET,
  NEWS_MAX_URLS,
  articleSitemapCount,
  articleSitemaps,
  inNewsWindow,
  newsLanguage,
  newsSitemapXml,
  parseSitemapName,
  sitemapIndexXml,
  sitemapPath,
  urlsetXml,
  type NewsEntry,
} from '@/lib/feeds/sitemaps'
import { expectWellFormed, parseXml } from './xml'

const SITE = 'https://ledger.example'
const NOW = new Date('2025-06-10T12:00:00Z')
const HOUR = 60 * 60 * 1000
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * HOUR)
const HOSTILE = 'Port <script>alert(1)</script> & ]]> "deal" ]]>'

const urls = (xml: string) => parseXml(xml, ['url', 'sitemap']).urlset.url ?? []

describe('sitemap names and paging', () => {
  it('reads back the names it writes, and nothing else', () => {
    for (const name of [{ kind: 'articles', page: 1 }, { kind: 'articles', page: 12 }, { kind: 'pages' }, { kind: 'news' }] as const) {
      expect(parseSitemapName(sitemapPath(name).replace('/sitemaps/', ''))).toEqual(name)
    }
    for (const bad of [
      'articles-0.xml',
      'articles-01.xml',
      'articles-.xml',
      'articles-1.xml.gz',
      'articles-1',
      'news',
      '../news.xml',
      'NEWS.xml',
      'articles-9999999.xml',
    ]) {
      expect(parseSitemapName(bad), bad).toBeNull()
    }
    expect(sitemapPath({ kind: 'news' })).toBe(discoveryPaths.newsSitemap)
  })

  it(`splits the articles ${ARTICLES_PER_SITEMAP} to a file, each dated by its newest change`, () => {
    expect(articleSitemapCount(0)).toBe(1)
    expect(articleSitemapCount(ARTICLES_PER_SITEMAP)).toBe(1)
    expect(articleSitemapCount(ARTICLES_PER_SITEMAP + 1)).toBe(2)
    const changes = Array.from({ length: 2 * ARTICLES_PER_SITEMAP + 1 }, (_, index) => new Date(Date.UTC(2020, 0, 1) + index * 60_000))
    changes[10] = new Date('2025-01-01T00:00:00Z') // an old story edited lately
    const files = articleSitemaps(changes)
    expect(files.map((file) => file.name)).toEqual([
      { kind: 'articles', page: 1 },
      { kind: 'articles', page: 2 },
      { kind: 'articles', page: 3 },
    ])
    expect(files[0].lastmod).toEqual(new Date('2025-01-01T00:00:00Z'))
    expect(files[1].lastmod).toEqual(changes[2 * ARTICLES_PER_SITEMAP - 1])
    expect(files[2].lastmod).toEqual(changes[2 * ARTICLES_PER_SITEMAP])
    expect(articleSitemaps([])).toEqual([{ name: { kind: 'articles', page: 1 }, lastmod: null }])
  })
})

describe('sitemapIndexXml', () => {
  it('names each child sitemap by absolute URL, with lastmod where known', async () => {
    const xml = await sitemapIndexXml(SITE, [
      { name: { kind: 'articles', page: 1 }, lastmod: new Date('2025-06-01T00:00:00Z') },
      { name: { kind: 'pages' } },
      { name: { kind: 'news' }, lastmod: new Date('2025-06-10T11:00:00Z') },
    ])
    expectWellFormed(xml)
    const index = parseXml(xml, ['sitemap']).sitemapindex
    expect(index['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
    expect(index.sitemap).toEqual([
      { loc: `${SITE}/sitemaps/articles-1.xml`, lastmod: '2025-06-01T00:00:00.000Z' },
      { loc: `${SITE}/sitemaps/pages.xml` },
      { loc: `${SITE}/sitemaps/news.xml`, lastmod: '2025-06-10T11:00:00.000Z' },
    ])
  })
})

describe('urlsetXml', () => {
  it('lists the URLs with lastmod, escaped', async () => {
    const xml = await urlsetXml([
      { url: `${SITE}/articles/a`, lastmod: new Date('2025-05-01T10:00:00Z') },
      { url: `${SITE}/tags/shipping?x=1&y=<2>` },
      { url: `${SITE}/sections/sport`, lastmod: new Date('not a date') },
    ])
    expectWellFormed(xml)
    expect(urls(xml)).toEqual([
      { loc: `${SITE}/articles/a`, lastmod: '2025-05-01T10:00:00.000Z' },
      { loc: `${SITE}/tags/shipping?x=1&y=%3C2%3E` },
      { loc: `${SITE}/sections/sport` },
    ])
  })

  it('writes an empty urlset as a document, not an error', async () => {
    const xml = await urlsetXml([])
    expect(xml).toBe(EMPTY_URLSET)
    expectWellFormed(xml)
    expect(parseXml(xml).urlset).toBeDefined()
    expect(urls(xml)).toEqual([])
  })

  it('refuses a relative URL before it reaches the stream', async () => {
    await expect(urlsetXml([{ url: '/articles/a' }])).rejects.toThrow()
  })
})

describe('news sitemap', () => {
  const article = (slug: string, hours: number, title = `Story ${slug}`): NewsEntry => ({
    url: `${SITE}/articles/${slug}`,
    title,
    published: hoursAgo(hours),
  })

  it('holds only stories first published in the last 48 hours, newest first', async () => {
    expect(inNewsWindow(hoursAgo(0), NOW)).toBe(true)
    expect(inNewsWindow(hoursAgo(48), NOW)).toBe(true)
    expect(inNewsWindow(new Date(hoursAgo(48).getTime() - 1), NOW)).toBe(false)
    expect(inNewsWindow(new Date(NOW.getTime() + 60_000), NOW)).toBe(false)

    const xml = await newsSitemapXml(
      { name: 'The Harbour Ledger', language: 'en' },
      [article('old', 60), article('a', 30), article('b', 1), article('edge', 47.99), article('future', -1), article('c', 49)],
      NOW,
    )
    expectWellFormed(xml)
    expect(urls(xml).map((entry: { loc: string }) => entry.loc)).toEqual([
      `${SITE}/articles/b`,
      `${SITE}/articles/a`,
      `${SITE}/articles/edge`,
    ])
  })

  it('gives each story its publication, date and title', async () => {
    const xml = await newsSitemapXml({ name: 'The Harbour Ledger', language: 'en-GB' }, [article('a', 2)], NOW)
    const parsed = parseXml(xml, ['url']).urlset
    expect(parsed['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9')
    expect(parsed.url[0]).toEqual({
      loc: `${SITE}/articles/a`,
      'news:news': {
        'news:publication': { 'news:name': 'The Harbour Ledger', 'news:language': 'en' },
        'news:publication_date': hoursAgo(2).toISOString(),
        'news:title': 'Story a',
      },
    })
  })

  it('escapes hostile titles and publication names', async () => {
    const xml = await newsSitemapXml({ name: HOSTILE, language: 'en' }, [article('a', 1, HOSTILE)], NOW)
    expectWellFormed(xml)
    expect(xml).not.toContain('<script')
    const [entry] = urls(xml)
    expect(entry['news:news']['news:title']).toBe(HOSTILE)
    expect(entry['news:news']['news:publication']['news:name']).toBe(HOSTILE)
  })

  it('is an empty urlset after two quiet days, and stops at the URL limit', async () => {
    expect(await newsSitemapXml({ name: 'L', language: 'en' }, [article('old', 100)], NOW)).toBe(EMPTY_URLSET)
    const many = Array.from({ length: NEWS_MAX_URLS + 5 }, (_, index) => article(`s${index}`, index / 100))
    expect(urls(await newsSitemapXml({ name: 'L', language: 'en' }, many, NOW))).toHaveLength(NEWS_MAX_URLS)
  })

  it('turns a language tag into the code Google News reads', () => {
    expect(newsLanguage('en-GB')).toBe('en')
    expect(newsLanguage('zh-TW')).toBe('zh-tw')
    expect(newsLanguage('pt_BR')).toBe('pt')
    expect(newsLanguage('')).toBe('en')
  })
})
