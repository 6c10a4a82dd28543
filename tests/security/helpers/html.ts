import { parseDocument } from 'htmlparser2'

type ChildNode = ReturnType<typeof parseDocument>['children'][number]
type Element = Extract<ChildNode, { attribs: Record<string, string> }>

const NEVER = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'math'])
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background']
/** React 19 writes this in place of a javascript: URL it was given: it throws instead of running. */
const REACT_BLOCKED = 'React has blocked a javascript: URL'

/**
 * The first thing in `html` that could run script, described, or undefined when there is none.
 * A whole page may have scripts only with a nonce (Next's, under our CSP) or JSON-LD data blocks;
 * `fragment` mode (a comment's HTML) allows only paragraphs, line breaks and http(s) links.
 */
export function unsafeMarkup(html: string, options: { fragment?: boolean } = {}): string | undefined {
  return findUnsafe(parseDocument(html).children, options.fragment ?? false)
}

function findUnsafe(nodes: ChildNode[], fragment: boolean): string | undefined {
  for (const node of nodes) {
    if (!('attribs' in node)) continue
    const element = node as Element
    const problem = judge(element, fragment) ?? findUnsafe(element.children, fragment)
    if (problem) return problem
  }
  return undefined
}

function judge(element: Element, fragment: boolean): string | undefined {
  const name = element.name.toLowerCase()
  const shown = `<${name}${Object.entries(element.attribs)
    .map(([key, value]) => ` ${key}="${value.slice(0, 60)}"`)
    .join('')}>`
  if (fragment && !['p', 'br', 'a'].includes(name)) return `element ${shown} in reader HTML`
  if (NEVER.has(name)) return `element ${shown}`
  if (name === 'script' && element.attribs.type !== 'application/ld+json' && !element.attribs.nonce)
    return `script without this render's nonce: ${shown}`
  if (name === 'meta' && /refresh/i.test(element.attribs['http-equiv'] ?? '')) return `meta refresh ${shown}`
  for (const [attribute, value] of Object.entries(element.attribs)) {
    if (/^on/i.test(attribute)) return `event handler attribute in ${shown}`
    if (URL_ATTRIBUTES.includes(attribute.toLowerCase())) {
      // Browsers drop control characters inside a URL scheme, so "java\x00script:" still runs.
      // eslint-disable-next-line no-control-regex
      const url = value.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase()
      if (url.startsWith('javascript:') && !value.includes(REACT_BLOCKED)) return `javascript: URL in ${shown}`
      if (url.startsWith('data:text/html') || url.startsWith('vbscript:')) return `script URL in ${shown}`
      if (fragment && name === 'a' && !/^https?:\/\//.test(url)) return `link that is not http(s) in reader HTML: ${shown}`
    }
  }
  return undefined
}
