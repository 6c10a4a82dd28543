import { describe, expect, it } from 'vitest'

import { atomFeed, rssFeed, type FeedData, type FeedItem } from '@/lib/feeds/feed'
import { expectWellFormed, htmlText, parseXml } from './xml'

const SITE = 'https://ledger.example'
const HOSTILE = 'Rates <script>alert("x")</script> & "quotes" ]]> twice ]]> &amp; kept'

function item(overrides: Partial<FeedItem> = {}): FeedItem {
  return {
    id: 'a1',
    title: 'Harbour bridge reopens',
    url: `${SITE}/articles/harbour-bridge-reopens`,
    summary: 'Buses first, cars in spring.',
    published: new Date('2025-03-01T08:00:00Z'),
    updated: new Date('2025-03-02T09:30:00Z'),
    authors: [
      { name: 'Ines Calloway', url: `${SITE}/authors/ines-calloway` },
      { name: 'Tobias Renner', url: `${SITE}/authors/tobias-renner` },
    ],
    category: 'Local politics',
    image: { url: `${SITE}/api/media/file/hero-bridge-720x405.jpg`, alt: 'The bridge at dusk', type: 'image/jpeg', length: 48213 },
    ...overrides,
  }
}

function feed(items: FeedItem[], overrides: Partial<FeedData> = {}): FeedData {
  return {
    title: 'The Harbour Ledger',
    description: 'News from Port Halden',
    siteUrl: SITE,
    selfPath: '/feed.xml',
    language: 'en',
    updated: new Date('2025-03-02T09:30:00Z'),
    items,
    ...overrides,
  }
}

const rss = (data: FeedData) => parseXml(rssFeed(data), ['item', 'category', 'author', 'atom:link']).rss
const atom = (data: FeedData) => parseXml(atomFeed(data), ['entry', 'link', 'author', 'category']).feed

describe('rssFeed', () => {
  it('writes the channel with its self link and language', () => {
    const xml = rssFeed(feed([item()]))
    expectWellFormed(xml)
    const { channel, '@_version': version } = rss(feed([item()]))
    expect(version).toBe('2.0')
    expect(channel.title).toBe('The Harbour Ledger')
    expect(channel.description).toBe('News from Port Halden')
    expect(channel.link).toBe(`${SITE}/`)
    expect(channel.language).toBe('en')
    expect(channel.lastBuildDate).toBe('Sun, 02 Mar 2025 09:30:00 GMT')
    expect(channel['atom:link']).toEqual([{ '@_href': `${SITE}/feed.xml`, '@_rel': 'self', '@_type': 'application/rss+xml' }])
  })

  it('writes each item: permalink guid, dates, bylines, category, enclosure and media alt text', () => {
    const [entry] = rss(feed([item()])).channel.item
    expect(entry.title).toBe('Harbour bridge reopens')
    expect(entry.link).toBe(`${SITE}/articles/harbour-bridge-reopens`)
    expect(entry.guid).toEqual({ '#text': `${SITE}/articles/harbour-bridge-reopens`, '@_isPermaLink': 'true' })
    expect(entry.pubDate).toBe('Sat, 01 Mar 2025 08:00:00 GMT')
    expect(entry.description).toBe('Buses first, cars in spring.')
    expect(entry.author).toEqual(['Ines Calloway', 'Tobias Renner'])
    expect(entry.category).toEqual(['Local politics'])
    expect(entry.enclosure).toEqual({
      '@_url': `${SITE}/api/media/file/hero-bridge-720x405.jpg`,
      '@_type': 'image/jpeg',
      '@_length': '48213',
    })
    expect(entry['media:content']['@_xmlns:media']).toBe('http://search.yahoo.com/mrss/')
    expect(entry['media:content']['@_medium']).toBe('image')
    expect(entry['media:content']['media:description']['#text']).toBe('The bridge at dusk')
  })

  it('keeps the order given and leaves out what an item lacks', () => {
    const items = [item({ id: 'b', url: `${SITE}/articles/b`, image: null, summary: '' }), item({ id: 'a', url: `${SITE}/articles/a` })]
    const entries = rss(feed(items)).channel.item
    expect(entries.map((entry: { link: string }) => entry.link)).toEqual([`${SITE}/articles/b`, `${SITE}/articles/a`])
    expect(entries[0].enclosure).toBeUndefined()
    expect(entries[0]['media:content']).toBeUndefined()
    expect(entries[0].description).toBeUndefined()
  })

  it('carries hostile text through exactly, without breaking out of the XML', () => {
    const data = feed(
      [
        item({
          title: HOSTILE,
          summary: `${HOSTILE} <img src=x onerror=alert(1)>`,
          category: `Politics <b> & ${HOSTILE}`,
          authors: [{ name: HOSTILE, url: `${SITE}/authors/x` }],
          image: { url: `${SITE}/api/media/file/a b.jpg?x=1&y=2`, alt: HOSTILE, type: 'image/jpeg' },
        }),
      ],
      { title: HOSTILE, description: HOSTILE },
    )
    const xml = rssFeed(data)
    expectWellFormed(xml)
    expect(xml).not.toMatch(/<script|<img/i)
    const { channel } = rss(data)
    expect(channel.title).toBe(HOSTILE)
    expect(channel.description).toBe(HOSTILE)
    const [entry] = channel.item
    expect(htmlText(entry.title)).toBe(HOSTILE)
    expect(htmlText(entry.description)).toBe(`${HOSTILE} <img src=x onerror=alert(1)>`)
    expect(entry.author).toEqual([HOSTILE])
    expect(entry.category).toEqual([`Politics <b> & ${HOSTILE}`])
    expect(entry['media:content']['media:description']['#text']).toBe(HOSTILE)
    expect(entry.enclosure['@_url']).toBe(`${SITE}/api/media/file/a%20b.jpg?x=1&y=2`)
  })

  it('drops characters XML cannot carry instead of writing an unreadable feed', () => {
    const data = feed([item({ title: 'Bell\u0007 and \uD800 lone surrogate', summary: 'tab\tkept' })])
    const xml = rssFeed(data)
    expectWellFormed(xml)
    const [entry] = rss(data).channel.item
    expect(entry.title).toBe('Bell and  lone surrogate')
    expect(entry.description).toBe('tab\tkept')
  })

  it('shows the site logo, and is still a feed with no stories', () => {
    const data = feed([], { logoUrl: `${SITE}/api/media/file/logo.png` })
    const xml = rssFeed(data)
    expectWellFormed(xml)
    const { channel } = rss(data)
    expect(channel.image).toEqual({ title: 'The Harbour Ledger', url: `${SITE}/api/media/file/logo.png`, link: `${SITE}/` })
    expect(channel.item).toBeUndefined()
    expectWellFormed(atomFeed(data))
    expect(atom(data).logo).toBe(`${SITE}/api/media/file/logo.png`)
    expect(atom(data).entry).toBeUndefined()
  })

  it('refuses a relative article link rather than writing one', () => {
    expect(() => rssFeed(feed([item({ url: '/articles/relative' })]))).toThrow()
  })
})

describe('atomFeed', () => {
  it('writes the feed id, self and alternate links, and entries with ids, dates, authors and categories', () => {
    const data = feed([item()], { selfPath: '/sections/local-politics/atom.xml', pagePath: '/sections/local-politics' })
    expectWellFormed(atomFeed(data))
    const parsed = atom(data)
    expect(parsed['@_xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(parsed.id).toBe(`${SITE}/sections/local-politics/atom.xml`)
    expect(parsed.title).toBe('The Harbour Ledger')
    expect(parsed.subtitle).toBe('News from Port Halden')
    expect(parsed.updated).toBe('2025-03-02T09:30:00.000Z')
    expect(parsed.link).toEqual([
      { '@_rel': 'alternate', '@_href': `${SITE}/sections/local-politics` },
      { '@_rel': 'self', '@_href': `${SITE}/sections/local-politics/atom.xml` },
    ])
    const [entry] = parsed.entry
    expect(entry.id).toBe(`${SITE}/articles/harbour-bridge-reopens`)
    expect(entry.title['#text']).toBe('Harbour bridge reopens')
    expect(entry.title['@_type']).toBe('html')
    expect(entry.summary['#text']).toBe('Buses first, cars in spring.')
    expect(entry.published).toBe('2025-03-01T08:00:00.000Z')
    expect(entry.updated).toBe('2025-03-02T09:30:00.000Z')
    expect(entry.author).toEqual([
      { name: 'Ines Calloway', uri: `${SITE}/authors/ines-calloway` },
      { name: 'Tobias Renner', uri: `${SITE}/authors/tobias-renner` },
    ])
    expect(entry.category).toEqual([{ '@_term': 'Local politics' }])
    expect(entry.link[0]).toEqual({ '@_href': `${SITE}/articles/harbour-bridge-reopens` })
    expect(entry.link[1]).toMatchObject({
      '@_rel': 'enclosure',
      '@_href': `${SITE}/api/media/file/hero-bridge-720x405.jpg`,
      '@_title': 'The bridge at dusk',
      '@_length': '48213',
      // A real media type, not the "image/jpg" the package derives from the extension.
      '@_type': 'image/jpeg',
    })
  })

  it('carries hostile text through exactly, without breaking out of the XML', () => {
    const data = feed(
      [
        item({
          title: HOSTILE,
          summary: HOSTILE,
          category: 'A & B',
          authors: [{ name: HOSTILE, url: `${SITE}/authors/x?a=1&b=2` }],
          image: { url: `${SITE}/m.jpg`, alt: HOSTILE },
        }),
      ],
      { title: HOSTILE, description: HOSTILE },
    )
    const xml = atomFeed(data)
    expectWellFormed(xml)
    expect(xml).not.toMatch(/<script/i)
    const parsed = atom(data)
    expect(parsed.title).toBe(HOSTILE)
    expect(parsed.subtitle).toBe(HOSTILE)
    const [entry] = parsed.entry
    expect(htmlText(entry.title['#text'])).toBe(HOSTILE)
    expect(htmlText(entry.summary['#text'])).toBe(HOSTILE)
    expect(entry.author[0]).toEqual({ name: HOSTILE, uri: `${SITE}/authors/x?a=1&b=2` })
    expect(entry.category).toEqual([{ '@_term': 'A & B' }])
    expect(entry.link[1]['@_title']).toBe(HOSTILE)
  })

  it('cannot write "<" in a category attribute through the package, so leaves it out there', () => {
    const data = feed([item({ category: 'Sport <Football>' })])
    expectWellFormed(atomFeed(data))
    expect(atom(data).entry[0].category).toEqual([{ '@_term': 'Sport Football>' }])
  })
})
