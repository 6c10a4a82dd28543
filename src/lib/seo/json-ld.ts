import type { ImageObject, NewsArticle, NewsMediaOrganization, Person, WithContext } from 'schema-dts'

/**
 * schema.org NewsArticle for an article page, and a serialiser for the
 * `<script type="application/ld+json">` element it goes in. All URLs absolute.
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

export function newsArticleJsonLd(input: NewsArticleInput): WithContext<NewsArticle> {
  const authors: Person[] = input.authors.map((author) => ({ '@type': 'Person', name: author.name, url: author.url }))
  const publisher: NewsMediaOrganization = {
    '@type': 'NewsMediaOrganization',
    name: input.publisher.name,
    url: input.publisher.url,
    ...(input.publisher.logoUrl ? { logo: { '@type': 'ImageObject', url: input.publisher.logoUrl } satisfies ImageObject } : {}),
  }
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
