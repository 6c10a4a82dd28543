import { describe, expect, it } from 'vitest'

import { honeypot } from '@/comments/domain/moderation/phases/honeypot'

describe('honeypot', () => {
  it('marks a filled-in hidden field as spam, with no message for the commenter', () => {
    expect(honeypot({ honeypot: 'https://cheap.example' })).toEqual({
      action: 'spam',
      reasons: [{ code: 'honeypot', detail: 'the hidden field was filled in (21 characters)' }],
    })
  })

  it('has no opinion when the field is missing, empty or only whitespace', () => {
    expect(honeypot({})).toBeUndefined()
    expect(honeypot({ honeypot: null })).toBeUndefined()
    expect(honeypot({ honeypot: '' })).toBeUndefined()
    expect(honeypot({ honeypot: ' \n' })).toBeUndefined()
  })
})
