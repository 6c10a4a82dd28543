import { describe, expect, it } from 'vitest'

import { suspectWords } from '@/comments/domain/moderation/phases/suspect-words'

const settings = { suspectWords: ['idiot', 'go away'] }

describe('suspectWords', () => {
  it('holds a comment with a suspect word or phrase, named for moderators', () => {
    expect(suspectWords({ body: 'Only an IDIOT would say that', settings })).toEqual({
      action: 'hold',
      reasons: [{ code: 'suspect-word', detail: 'contains the suspect word "idiot"' }],
    })
    expect(suspectWords({ body: 'Just go… away!', settings })).toMatchObject({
      reasons: [{ code: 'suspect-word', detail: 'contains the suspect word "go away"' }],
    })
  })

  it('has no opinion on words that only contain a suspect one', () => {
    expect(suspectWords({ body: 'Idiotic policy, and it will not go awayward', settings })).toBeUndefined()
  })
})
