import { escapeHtml } from '@/lib/text/escape-html'

/**
 * Links in reader text: http(s):// or www. up to whitespace or a character that cannot be part of a
 * URL here. Trailing punctuation that usually ends a sentence is given back to the text.
 */
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/giu
const TRAILING = /[.,;:!?)\]}]+$/u

/**
 * A comment's plain text as safe HTML: every character escaped, line breaks kept, paragraphs on blank
 * lines, and links made clickable with `rel="nofollow ugc"` (so reader links pass no search-engine
 * credit) opening in a new tab. Comments are stored as text only; this is the one place they become HTML.
 */
export function renderCommentHtml(body: string): string {
  const paragraphs = body
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n{2,}/)
    .filter((paragraph) => paragraph.trim() !== '')
  return paragraphs.map((paragraph) => `<p>${linkify(paragraph).replace(/\n/g, '<br>')}</p>`).join('')
}

function linkify(text: string): string {
  let html = ''
  let last = 0
  for (const match of text.matchAll(LINK)) {
    const start = match.index ?? 0
    const raw = match[0]
    const trailing = raw.match(TRAILING)?.[0] ?? ''
    const link = raw.slice(0, raw.length - trailing.length)
    html += escapeHtml(text.slice(last, start))
    const href = /^https?:\/\//i.test(link) ? link : `https://${link}`
    html += `<a href="${escapeHtml(href)}" rel="nofollow ugc noopener" target="_blank">${escapeHtml(link)}</a>`
    last = start + link.length
  }
  return html + escapeHtml(text.slice(last))
}
