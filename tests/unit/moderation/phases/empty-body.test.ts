import { describe, expect, it } from 'vitest'

import { emptyBody } from '@/comments/domain/moderation/phases/empty-body'

describe('emptyBody', () => {
  it('rejects a blank comment, zero-width characters included', () => {
    for (const body of ['', '   ', '\n\t \u00A0', '\u200B\u200D\uFEFF ']) {
      expect(emptyBody({ body })).toEqual({
        action: 'reject',
        reasons: [{ code: 'empty', detail: 'the comment is blank' }],
        publicMessage: 'Your comment is empty.',
      })
    }
  })

  it('has no opinion on a comment with anything visible in it', () => {
    expect(emptyBody({ body: ' . ' })).toBeUndefined()
    expect(emptyBody({ body: '👍' })).toBeUndefined()
  })
})
