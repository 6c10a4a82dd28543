import { escapeHtml } from '../text/escape-html'

/**
 * Adapters between our strings and what the `feed` package (through xml-js) does with them. The
 * package writes the XML; these only make each kind of value come out exactly as given:
 * - characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates) are dropped, since
 *   not even CDATA can hold them and one would make the whole feed unreadable;
 * - text nodes: xml-js turns "&amp;" back into "&" before escaping (to avoid double escaping), so a
 *   literal "&amp;" in a headline would lose its "amp;"; escaping every "&" first makes that exact;
 * - HTML nodes (titles and summaries go out as HTML, in CDATA): escaped as HTML, which also means
 *   no "]]>" can ever end the CDATA section early (xml-js splits only the first one);
 * - attributes: xml-js escapes only `"`; some of the package's attributes escape "&" and nothing
 *   else, others nothing at all, so each call site says which of the two it needs.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

export function xmlChars(value: string): string {
  return value.replace(NOT_XML_CHAR, '')
}

export function textNode(value: string): string {
  return xmlChars(value).replace(/&/g, '&amp;')
}

export function htmlNode(value: string): string {
  return escapeHtml(xmlChars(value))
}

/** For an attribute the package writes as given (only `"` is escaped on the way out). */
export function rawAttribute(value: string): string {
  return xmlChars(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * For an attribute the package escapes "&" in but not "<": a "<" cannot be written there at all,
 * so it is left out (category labels only; no real section name has one).
 */
export function ampEscapedAttribute(value: string): string {
  return xmlChars(value).replace(/</g, '')
}

/** An absolute http(s) URL, normalised (spaces, quotes and angle brackets percent-encoded). */
export function absoluteHttpUrl(value: string): string {
  const url = new URL(value)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`Not an http(s) URL: ${value}`)
  return url.toString()
}
