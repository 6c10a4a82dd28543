import { Feed, type Extension, type Item } from 'feed'

import { absoluteHttpUrl, ampEscapedAttribute, htmlNode, rawAttribute, textNode } from './xml-text'

/**
 * RSS 2.0 and Atom from plain data, written by the `feed` package. One Feed per format: the two
 * formats put the same value in a text node in one and an attribute in the other, and each needs
 * its own escaping adapter (see xml-text.ts).
 */
export type FeedAuthor = { name: string; url: string }
export type FeedImage = { url: string; alt: string; type?: string | null; length?: number | null }

export type FeedItem = {
  id: string
  title: string
  /** Absolute: also the entry's guid / Atom id. */
  url: string
  /** Plain text (the dek); it goes out HTML-escaped. */
  summary: string
  published: Date
  updated: Date
  authors: FeedAuthor[]
  category: string
  image?: FeedImage | null
}

export type FeedData = {
  title: string
  description: string
  /** Absolute, without a trailing slash. */
  siteUrl: string
  /** Path of this feed document (its self link). */
  selfPath: string
  /** Path of the HTML page the feed follows (the home, a section, an author); default "/". */
  pagePath?: string
  language: string
  updated: Date
  logoUrl?: string | null
  items: FeedItem[]
}

const MEDIA_RSS = 'http://search.yahoo.com/mrss/'
const MIME_TYPE = /^[a-z]+\/[\w.+-]+$/i

function links(data: FeedData) {
  return {
    self: absoluteHttpUrl(`${data.siteUrl}${data.selfPath}`),
    page: absoluteHttpUrl(`${data.siteUrl}${data.pagePath ?? '/'}`),
  }
}

function channel(data: FeedData, format: 'rss' | 'atom'): Feed {
  const { self, page } = links(data)
  return new Feed({
    id: textNode(self),
    title: textNode(data.title),
    description: textNode(data.description),
    link: page,
    language: textNode(data.language),
    updated: data.updated,
    image: data.logoUrl ? textNode(absoluteHttpUrl(data.logoUrl)) : undefined,
    generator: false,
    feedLinks: format === 'rss' ? { rss: self } : { atom: self },
    // Atom needs an author on the feed or on every entry: this covers an entry without a byline.
    author: { name: textNode(data.title), link: page },
  })
}

function baseItem(item: FeedItem): Item {
  return {
    title: htmlNode(item.title),
    link: absoluteHttpUrl(item.url),
    description: item.summary ? htmlNode(item.summary) : undefined,
    date: item.updated,
    published: item.published,
  }
}

/** Media RSS carries the alt text; its namespace is declared on the element (the package declares none). */
function mediaContent(image: FeedImage, type: string | undefined): Extension {
  return {
    name: 'media:content',
    objects: {
      _attributes: { 'xmlns:media': MEDIA_RSS, url: rawAttribute(absoluteHttpUrl(image.url)), medium: 'image', ...(type ? { type } : {}) },
      'media:description': { _attributes: { type: 'plain' }, _text: textNode(image.alt) },
    },
  }
}

function mimeType(image: FeedImage): string | undefined {
  return image.type && MIME_TYPE.test(image.type) ? image.type : undefined
}

export function rssFeed(data: FeedData): string {
  const feed = channel(data, 'rss')
  for (const item of data.items) {
    const image = item.image
    const type = image ? mimeType(image) : undefined
    feed.addItem({
      ...baseItem(item),
      // No id or guid: the package then writes the link as a permalink guid.
      author: item.authors.map((author) => ({ name: textNode(author.name) })),
      category: item.category ? [{ name: textNode(item.category) }] : undefined,
      image: image
        ? { url: absoluteHttpUrl(image.url), ...(type ? { type } : {}), ...(image.length ? { length: image.length } : {}) }
        : undefined,
      extensions: image ? [mediaContent(image, type)] : undefined,
    })
  }
  return feed.rss2()
}

export function atomFeed(data: FeedData): string {
  const feed = channel(data, 'atom')
  for (const item of data.items) {
    const image = item.image
    feed.addItem({
      ...baseItem(item),
      author: item.authors.map((author) => ({ name: textNode(author.name), link: absoluteHttpUrl(author.url) })),
      category: item.category ? [{ term: ampEscapedAttribute(item.category) }] : undefined,
      // The package takes the type from the file extension here; the alt text becomes the link title.
      image: image
        ? { url: absoluteHttpUrl(image.url), title: rawAttribute(image.alt), ...(image.length ? { length: image.length } : {}) }
        : undefined,
    })
  }
  // The package names JPEG enclosures "image/jpg" (from the extension), a type that does not exist.
  // Text content has its quotes escaped, so only the generated attribute can match.
  return feed.atom1().replace(/ type="image\/jpg"/g, ' type="image/jpeg"')
}
