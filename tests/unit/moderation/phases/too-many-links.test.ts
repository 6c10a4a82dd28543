import { describe, expect, it } from 'vitest'

import { tooManyLinks } from '@/comments/domain/moderation/phases/too-many-links'

const settings = { maxLinks: 2 }

describe('tooManyLinks', () => {
  it('holds a comment with more links than allowed, with the count for moderators', () => {
    expect(tooManyLinks({ body: 'see http://a.b and https://c.d and www.e.f', settings })).toEqual({
      action: 'hold',
      reasons: [{ code: 'too-many-links', detail: '3 links, at most 2 allowed without review' }],
    })
  })

  it('allows up to the limit', () => {
    expect(tooManyLinks({ body: 'see http://a.b and https://c.d', settings })).toBeUndefined()
    expect(tooManyLinks({ body: 'no links, write to e-mail@example.com', settings: { maxLinks: 0 } })).toBeUndefined()
  })

  it('holds any link when the limit is 0', () => {
    expect(tooManyLinks({ body: 'www.example.com', settings: { maxLinks: 0 } })).toMatchObject({ action: 'hold' })
  })
})
