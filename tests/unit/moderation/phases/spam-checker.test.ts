import { describe, expect, it } from 'vitest'

import { spamChecker } from '@/comments/domain/moderation/phases/spam-checker'

describe('spamChecker', () => {
  it('marks a comment the checker called spam as spam, with no message for the commenter', () => {
    expect(spamChecker({ spamVerdict: 'spam' })).toEqual({
      action: 'spam',
      reasons: [{ code: 'spam-checker', detail: 'the external spam checker flagged the comment' }],
    })
  })

  it('has no opinion on ham or on a missing verdict', () => {
    expect(spamChecker({ spamVerdict: 'ham' })).toBeUndefined()
    expect(spamChecker({ spamVerdict: null })).toBeUndefined()
    expect(spamChecker({})).toBeUndefined()
  })
})
