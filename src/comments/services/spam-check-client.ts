import type { Payload } from 'payload'

import { settings } from '@/lib/config/settings'

export type SpamCheckInput = {
  body: string
  author: string | null
  email: string | null
  ip: string | null
  userAgent: string | null
  permalink: string
}

/**
 * Asks an Akismet-compatible service (`POST {SPAM_CHECKER_URL}/1.1/comment-check`, form-encoded,
 * answer "true" for spam) about a comment. Off unless the comment settings switch it on and
 * SPAM_CHECKER_URL is set. A checker that fails or is slow (2 s) gives no verdict: the comment then
 * gets the site's normal moderation rather than an error.
 */
export async function checkSpam(input: SpamCheckInput, logger: Payload['logger']): Promise<'spam' | 'ham' | null> {
  const url = settings.spamCheckerUrl
  if (!url) return null
  const form = new URLSearchParams({
    api_key: settings.spamCheckerKey,
    blog: settings.siteUrl,
    user_ip: input.ip ?? '',
    user_agent: input.userAgent ?? '',
    permalink: input.permalink,
    comment_type: 'comment',
    comment_author: input.author ?? '',
    comment_author_email: input.email ?? '',
    comment_content: input.body,
  })
  try {
    const response = await fetch(new URL('1.1/comment-check', url.endsWith('/') ? url : `${url}/`), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
      signal: AbortSignal.timeout(2000),
    })
    const answer = (await response.text()).trim()
    if (response.ok && (answer === 'true' || answer === 'false')) return answer === 'true' ? 'spam' : 'ham'
    logger.warn({ status: response.status, answer: answer.slice(0, 100) }, 'spam checker gave no verdict')
  } catch (error) {
    logger.warn({ err: error }, 'spam checker unreachable; the comment gets normal moderation')
  }
  return null
}
