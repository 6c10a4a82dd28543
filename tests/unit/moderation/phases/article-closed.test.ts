import { describe, expect, it } from 'vitest'

import { articleClosed } from '@/comments/domain/moderation/phases/article-closed'

const now = new Date('2025-07-21T12:00:00Z')
const closedMessage = 'Comments are closed on this article.'

describe('articleClosed', () => {
  it('has no opinion on an open article', () => {
    expect(articleClosed({ now, article: { commentsMode: 'open' } })).toBeUndefined()
    expect(articleClosed({ now, article: { commentsMode: 'open', autoCloseAt: null } })).toBeUndefined()
    expect(articleClosed({ now, article: { commentsMode: 'open', autoCloseAt: new Date('2025-07-21T12:00:01Z') } })).toBeUndefined()
  })

  it('rejects on an article closed or disabled by an editor', () => {
    expect(articleClosed({ now, article: { commentsMode: 'closed' } })).toEqual({
      action: 'reject',
      reasons: [{ code: 'closed', detail: 'comments are closed on this article' }],
      publicMessage: closedMessage,
    })
    expect(articleClosed({ now, article: { commentsMode: 'disabled' } })).toMatchObject({
      action: 'reject',
      reasons: [{ code: 'closed', detail: 'comments are disabled on this article' }],
      publicMessage: closedMessage,
    })
  })

  it('rejects from the automatic closing time on', () => {
    expect(articleClosed({ now, article: { commentsMode: 'open', autoCloseAt: now } })).toEqual({
      action: 'reject',
      reasons: [{ code: 'closed', detail: 'comments closed automatically at 2025-07-21T12:00:00.000Z' }],
      publicMessage: closedMessage,
    })
  })

  it('ignores an invalid closing time', () => {
    expect(articleClosed({ now, article: { commentsMode: 'open', autoCloseAt: new Date('nonsense') } })).toBeUndefined()
  })
})
