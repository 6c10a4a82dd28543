import { describe, expect, it } from 'vitest'

import { blockMatches, guestRestriction } from '@/comments/domain/guest-blocks'

const now = new Date('2026-12-06T12:00:00Z')

describe('guest blocks', () => {
  it('match a guest by e-mail (any case) or by network address', () => {
    expect(blockMatches({ email: 'Sam@Example.test' }, { email: 'sam@example.test', ipHash: 'h1' })).toBe(true)
    expect(blockMatches({ ipHash: 'h1' }, { email: 'other@example.test', ipHash: 'h1' })).toBe(true)
    expect(blockMatches({ email: 'sam@example.test' }, { email: null, ipHash: 'h1' })).toBe(false)
    expect(blockMatches({ email: null, ipHash: null }, { email: null, ipHash: null })).toBe(false)
  })

  it('give the strongest block in force: for good over any end, else the latest end', () => {
    const who = { email: 'sam@example.test', ipHash: 'h1' }
    expect(guestRestriction([], who, now)).toEqual({ banned: false, bannedUntil: null })
    expect(
      guestRestriction(
        [
          { email: who.email, until: '2026-12-07T12:00:00Z' },
          { ipHash: 'h1', until: '2026-12-13T12:00:00Z' },
          { email: 'someone@else.test' },
        ],
        who,
        now,
      ),
    ).toEqual({ banned: false, bannedUntil: new Date('2026-12-13T12:00:00Z') })
    expect(guestRestriction([{ email: who.email, until: '2026-12-07T12:00:00Z' }, { ipHash: 'h1' }], who, now).banned).toBe(true)
    expect(guestRestriction([{ email: who.email, until: '2026-12-05T12:00:00Z' }], who, now)).toEqual({ banned: false, bannedUntil: null })
  })
})
