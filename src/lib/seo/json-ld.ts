import type { ImageObject, NewsArticle, NewsMediaOrganization, Person, WebSite, WithContext } from 'schema-dts'

/**
 * schema.org NewsArticle for an article page, WebSite for the home page, and a serialiser for the
 * `<script type="application/ld+json">` element they go in. All URLs absolute.
 */
export type NewsArticleInput = {
  /** The article page (also mainEntityOfPage). */
  url: string
  headline: string
  description?: string | null
  /** Image URLs, largest first (Google picks among them). */
  images: string[]
  datePublished: Date
  dateModified: Date
  authors: { name: string; url: string }[]
  publisher: { name: string; url: string; logoUrl?: string | null }
  section?: string | null
  keywords?: string[]
}

type Publisher = NewsArticleInput['publisher']

function newsOrganization(publisher: Publisher): NewsMediaOrganization {
  return {
    '@type': 'NewsMediaOrganization',
    name: publisher.name,
    url: publisher.url,
    ...(publisher.logoUrl ? { logo: { '@type': 'ImageObject', url: publisher.logoUrl } satisfies ImageObject } : {}),
  }
}

/**
 * The home page's structured data: the site (with the search box search engines may offer, at
 * `searchUrl` with `{search_term_string}`) published by the news organisation.
 */
export function webSiteJsonLd(input: { publisher: Publisher; description?: string | null; searchUrl: string }): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: input.publisher.name,
    url: input.publisher.url,
    ...(input.description ? { description: input.description } : {}),
    publisher: newsOrganization(input.publisher),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: input.searchUrl },
      // schema-dts has no type for the query-input shorthand search engines read.
      ...({ 'query-input': 'required name=search_term_string' } as object),
    },
  }
}

export function newsArticleJsonLd(input: NewsArticleInput): WithContext<NewsArticle> {
  const authors: Person[] = input.authors.map((author) => ({ '@type': 'Person', name: author.name, url: author.url }))
  const publisher = newsOrganization(input.publisher)
  // An edit cannot predate publication, whatever the clocks said.
  const modified = input.dateModified > input.datePublished ? input.dateModified : input.datePublished
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.headline,
    ...(input.description ? { description: input.description } : {}),
    ...(input.images.length > 0 ? { image: input.images } : {}),
    datePublished: input.datePublished.toISOString(),
    dateModified: modified.toISOString(),
    author: authors,
    publisher,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    ...(input.section ? { articleSection: input.section } : {}),
    ...(input.keywords?.length ? { keywords: input.keywords } : {}),
  }
}

const SCRIPT_UNSAFE: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
}

/**
 * JSON for inside `<script type="application/ld+json">`: "<", ">" and "&" become \u escapes (still
 * the same JSON), so no "</script>" or "<!--" in a headline can end or bend the element; U+2028/9
 * too, for parsers that read the text as JavaScript. Use with dangerouslySetInnerHTML.
 */
export function serializeJsonLd(value: object): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => SCRIPT_UNSAFE[char])
}
