import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { expect } from 'vitest'

/**
 * Parses what the feed and sitemap modules emit: attributes as `@_name`, every value a string. The
 * tests walk arbitrary XML, for which no type exists beyond "any nested record".
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function parseXml(xml: string, arrays: string[] = []): Record<string, any> {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (name) => arrays.includes(name),
  })
  return parser.parse(xml)
}

const CDATA = /<!\[CDATA\[[\s\S]*?\]\]>/g
const ENTITY_OR_PLAIN = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u

/**
 * fast-xml-parser's validator lets a few things through that strict parsers refuse (a raw "<" or
 * "&" in an attribute, a stray "]]>", control characters): those are checked here by hand.
 */
export function expectWellFormed(xml: string): void {
  expect(XMLValidator.validate(xml)).toBe(true)
  expect(xml).not.toMatch(NOT_XML_CHAR)
  const outsideCdata = xml.replace(CDATA, '')
  expect(outsideCdata).not.toMatch(ENTITY_OR_PLAIN)
  const attributes = /\s[\w:.-]+="([^"]*)"/g
  for (const [, value] of outsideCdata.matchAll(attributes)) expect(value).not.toContain('<')
  // "]]>" may stand in an attribute value, not in text.
  expect(outsideCdata.replace(attributes, '')).not.toContain(']]>')
}

const HTML_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" }

/** Titles and summaries go out as escaped HTML: this is what a feed reader shows. */
export function htmlText(html: string): string {
  return html.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => HTML_ENTITIES[entity])
}
