import { describe, expect, it } from 'vitest'

import { renderCommentDigest, signToken, verifyToken } from '@/comments/domain'

const base = {
  siteName: 'The Ledger',
  articleTitle: 'Bridge <closed>',
  articleUrl: 'https://news.test/articles/bridge',
  unsubscribeUrl: 'https://news.test/u?token=abc',
}

describe('renderCommentDigest', () => {
  it('renders one comment with a link to it and an unsubscribe link, escaping reader text', () => {
    const mail = renderCommentDigest({
      ...base,
      scope: 'article',
      total: 1,
      comments: [{ id: 'c1', author: 'Ann <b>', excerpt: '<script>x</script>', isReply: false }],
    })
    expect(mail.subject).toBe('A new comment on “Bridge <closed>”')
    expect(mail.html).toContain('&lt;script&gt;x&lt;/script&gt;')
    expect(mail.html).toContain('Ann &lt;b&gt;')
    expect(mail.html).not.toContain('<script>')
    expect(mail.html).toContain('href="https://news.test/articles/bridge#comment-c1"')
    expect(mail.html).toContain('href="https://news.test/u?token=abc"')
    expect(mail.text).toContain('Unsubscribe: https://news.test/u?token=abc')
  })

  it('makes a digest of several, showing ten and counting the rest', () => {
    const comments = Array.from({ length: 12 }, (_, i) => ({ id: `c${i}`, author: `Reader ${i}`, excerpt: `Text ${i}`, isReply: true }))
    const mail = renderCommentDigest({ ...base, scope: 'replies', total: 12, comments })
    expect(mail.subject).toBe('12 new replies to you on “Bridge <closed>”')
    expect(mail.html.match(/<blockquote>/g)).toHaveLength(10)
    expect(mail.html).toContain('…and 2 more')
  })
})

describe('signed tokens', () => {
  it('carries a value for one purpose until it expires', () => {
    const token = signToken('secret', 'confirm', { s: 'abc' }, 2_000)
    expect(verifyToken('secret', 'confirm', token, 1_000)).toEqual({ ok: true, value: { s: 'abc' } })
    expect(verifyToken('secret', 'confirm', token, 2_000)).toEqual({ ok: false, reason: 'expired' })
    expect(verifyToken('secret', 'unsubscribe', token, 1_000)).toEqual({ ok: false, reason: 'invalid' })
    expect(verifyToken('other', 'confirm', token, 1_000)).toEqual({ ok: false, reason: 'invalid' })
  })

  it('refuses tampered and malformed tokens', () => {
    const token = signToken('secret', 'unsubscribe', { s: 'abc' })
    const [body, signature] = token.split('.')
    const forged = `${Buffer.from(JSON.stringify({ v: { s: 'xyz' } })).toString('base64url')}.${signature}`
    expect(verifyToken('secret', 'unsubscribe', forged, 0).ok).toBe(false)
    expect(verifyToken('secret', 'unsubscribe', `${body}.`, 0).ok).toBe(false)
    expect(verifyToken('secret', 'unsubscribe', 42, 0).ok).toBe(false)
    expect(verifyToken('secret', 'unsubscribe', 'x'.repeat(3000), 0).ok).toBe(false)
    expect(verifyToken('secret', 'unsubscribe', token, Number.MAX_SAFE_INTEGER)).toEqual({ ok: true, value: { s: 'abc' } })
  })
})
