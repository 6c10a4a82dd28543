import { escapeHtml } from '@/lib/text/escape-html'

export type DigestComment = { id: string; author: string; excerpt: string; isReply: boolean }
export type DigestMail = { subject: string; html: string; text: string }

/** Comments shown in full in one mail; the rest are counted. */
export const DIGEST_SHOWN = 10

/**
 * The notification a subscriber gets: one comment, or a short digest of several, each linking to
 * the comment on the article page, and an unsubscribe link in every mail. Comment text is reader
 * input: escaped, never trusted as HTML.
 */
export function renderCommentDigest(args: {
  siteName: string
  articleTitle: string
  articleUrl: string
  scope: 'article' | 'replies'
  comments: DigestComment[]
  total: number
  unsubscribeUrl: string
}): DigestMail {
  const { siteName, articleTitle, articleUrl, scope, comments, total, unsubscribeUrl } = args
  const noun =
    scope === 'replies'
      ? total === 1
        ? 'A new reply to you'
        : `${total} new replies to you`
      : total === 1
        ? 'A new comment'
        : `${total} new comments`
  const subject = `${noun} on “${articleTitle}”`
  const shown = comments.slice(0, DIGEST_SHOWN)
  const more = total - shown.length
  const link = (id: string) => `${articleUrl}#comment-${encodeURIComponent(id)}`
  const html = [
    `<p>${escapeHtml(noun)} on <a href="${escapeHtml(articleUrl)}">${escapeHtml(articleTitle)}</a>:</p>`,
    ...shown.map(
      (comment) =>
        `<blockquote><p><strong>${escapeHtml(comment.author)}</strong>${comment.isReply ? ' replied' : ''}:</p>` +
        `<p>${escapeHtml(comment.excerpt)}</p><p><a href="${escapeHtml(link(comment.id))}">Read it in the thread</a></p></blockquote>`,
    ),
    more > 0 ? `<p>…and ${more} more on <a href="${escapeHtml(articleUrl)}">the article page</a>.</p>` : '',
    `<hr><p style="font-size:12px">You get this because you asked ${escapeHtml(siteName)} to notify you. ` +
      `<a href="${escapeHtml(unsubscribeUrl)}">Unsubscribe</a> with one click.</p>`,
  ].join('\n')
  const text = [
    `${noun} on "${articleTitle}" (${articleUrl}):`,
    '',
    ...shown.flatMap((comment) => [`${comment.author}${comment.isReply ? ' replied' : ''}: ${comment.excerpt}`, link(comment.id), '']),
    more > 0 ? `…and ${more} more on the article page.` : '',
    `Unsubscribe: ${unsubscribeUrl}`,
  ].join('\n')
  return { subject, html, text }
}
