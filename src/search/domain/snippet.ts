import { escapeHtml } from '@/lib/text/escape-html'

/**
 * Snippets reach front ends as HTML: the article text is escaped and only our own <mark> tags are
 * added. Engines mark matches with two control characters that cannot occur in stored text (it is
 * cleaned of them on the way in), so nothing a writer typed can become markup.
 */
export const MARK_OPEN = '\u0002'
export const MARK_CLOSE = '\u0003'

/** Removes the marker characters (and other control characters) from text before it is indexed. */
export function cleanForIndex(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ' ')
}

export function renderSnippet(marked: string): string {
  return escapeHtml(marked).split(MARK_OPEN).join('<mark>').split(MARK_CLOSE).join('</mark>')
}

/**
 * For engines without a snippet function of their own (MongoDB): the window of `text` around the
 * first matching term, with every term occurrence marked.
 */
export function snippetAround(text: string, terms: string[], words = 30): string {
  const tokens = text.split(/(\s+)/)
  const lowered = terms.map((term) => term.toLowerCase())
  const isHit = (token: string) => {
    const word = token.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
    return word !== '' && lowered.some((term) => word.startsWith(term))
  }
  const first = Math.max(0, tokens.findIndex(isHit))
  const start = Math.max(0, first - words)
  const end = Math.min(tokens.length, first + words)
  const window = tokens
    .slice(start, end)
    .map((token) => (isHit(token) ? `${MARK_OPEN}${token}${MARK_CLOSE}` : token))
    .join('')
  return renderSnippet(`${start > 0 ? '…' : ''}${window.trim()}${end < tokens.length ? '…' : ''}`)
}

/** "Café Zürich" → "Cafe Zurich": for engines that do not fold accents themselves. */
export function foldAccents(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
}
