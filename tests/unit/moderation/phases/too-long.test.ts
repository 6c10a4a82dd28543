import { describe, expect, it } from 'vitest'

import { tooLong } from '@/comments/domain/moderation/phases/too-long'

describe('tooLong', () => {
  it('rejects a body over the limit and says the limit', () => {
    expect(tooLong({ body: 'abcdef', settings: { maxBodyLength: 5 } })).toEqual({
      action: 'reject',
      reasons: [{ code: 'too-long', detail: '6 characters, at most 5 allowed' }],
      publicMessage: 'Your comment is too long (at most 5 characters).',
    })
  })

  it('allows a body at the limit', () => {
    expect(tooLong({ body: 'abcde', settings: { maxBodyLength: 5 } })).toBeUndefined()
  })

  it('counts an emoji as one character', () => {
    expect(tooLong({ body: '😀😀😀😀😀', settings: { maxBodyLength: 5 } })).toBeUndefined()
  })
})
