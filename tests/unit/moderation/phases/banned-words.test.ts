import { describe, expect, it } from 'vitest'

import { bannedWords } from '@/comments/domain/moderation/phases/banned-words'

const settings = { bannedWords: ['darn', 'merde'] }

describe('bannedWords', () => {
  it('rejects a whole banned word, names it for moderators but not for the commenter', () => {
    expect(bannedWords({ body: 'Well, DARN it.', settings })).toEqual({
      action: 'reject',
      reasons: [{ code: 'banned-word', detail: 'contains the banned word "darn"' }],
      publicMessage: 'Your comment contains a blocked word.',
    })
  })

  it('folds accents', () => {
    expect(bannedWords({ body: 'Quelle Mérde !', settings })).toMatchObject({ reasons: [{ code: 'banned-word' }] })
  })

  it('has no opinion on words that only contain a banned one, or with an empty list', () => {
    expect(bannedWords({ body: 'Darning socks is a lost art.', settings })).toBeUndefined()
    expect(bannedWords({ body: 'darn', settings: { bannedWords: [] } })).toBeUndefined()
  })
})
