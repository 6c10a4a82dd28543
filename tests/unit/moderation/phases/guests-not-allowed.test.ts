import { describe, expect, it } from 'vitest'

import { guestsNotAllowed } from '@/comments/domain/moderation/phases/guests-not-allowed'

describe('guestsNotAllowed', () => {
  it('rejects a guest when guest comments are off', () => {
    expect(guestsNotAllowed({ commenter: { kind: 'guest' }, settings: { guestsAllowed: false } })).toEqual({
      action: 'reject',
      reasons: [{ code: 'guests-not-allowed', detail: 'guest comments are switched off' }],
      publicMessage: 'Please sign in to comment.',
    })
  })

  it('has no opinion on guests when they are allowed, or on signed-in readers', () => {
    expect(guestsNotAllowed({ commenter: { kind: 'guest' }, settings: { guestsAllowed: true } })).toBeUndefined()
    expect(guestsNotAllowed({ commenter: { kind: 'reader' }, settings: { guestsAllowed: false } })).toBeUndefined()
  })
})
