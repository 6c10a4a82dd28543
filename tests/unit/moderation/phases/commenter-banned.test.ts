import { describe, expect, it } from 'vitest'

import { commenterBanned } from '@/comments/domain/moderation/phases/commenter-banned'

const now = new Date('2025-07-21T12:00:00Z')

describe('commenterBanned', () => {
  it('rejects a banned reader', () => {
    expect(commenterBanned({ now, commenter: { kind: 'reader', banned: true } })).toEqual({
      action: 'reject',
      reasons: [{ code: 'banned', detail: 'the commenter is banned' }],
      publicMessage: 'Your account can no longer post comments.',
    })
  })

  it('rejects a suspended reader until the suspension ends', () => {
    const bannedUntil = new Date('2025-07-22T00:00:00Z')
    expect(commenterBanned({ now, commenter: { kind: 'reader', bannedUntil } })).toEqual({
      action: 'reject',
      reasons: [{ code: 'suspended', detail: 'the commenter is suspended until 2025-07-22T00:00:00.000Z' }],
      publicMessage: 'Your account is suspended from commenting.',
    })
    expect(commenterBanned({ now: bannedUntil, commenter: { kind: 'reader', bannedUntil } })).toBeUndefined()
  })

  it('reports a ban rather than a suspension when both are set', () => {
    const bannedUntil = new Date('2030-01-01T00:00:00Z')
    expect(commenterBanned({ now, commenter: { kind: 'reader', banned: true, bannedUntil } })).toMatchObject({
      reasons: [{ code: 'banned' }],
    })
  })

  it('refuses a blocked guest, for good or until the block ends, and never staff', () => {
    expect(commenterBanned({ now, commenter: { kind: 'guest', banned: true } })).toEqual({
      action: 'reject',
      reasons: [{ code: 'banned', detail: "the guest's e-mail or network address is blocked" }],
      publicMessage: 'Comments from this e-mail address or network are blocked.',
    })
    const bannedUntil = new Date('2025-07-22T00:00:00Z')
    expect(commenterBanned({ now, commenter: { kind: 'guest', bannedUntil } })).toMatchObject({
      reasons: [{ code: 'suspended', detail: "the guest's e-mail or network address is blocked until 2025-07-22T00:00:00.000Z" }],
      publicMessage: 'Comments from this e-mail address or network are blocked for now.',
    })
    expect(commenterBanned({ now: bannedUntil, commenter: { kind: 'guest', bannedUntil } })).toBeUndefined()
    expect(commenterBanned({ now, commenter: { kind: 'staff', role: 'editor' } })).toBeUndefined()
  })

  it('has no opinion on readers in good standing, or on guests', () => {
    expect(commenterBanned({ now, commenter: { kind: 'reader' } })).toBeUndefined()
    expect(commenterBanned({ now, commenter: { kind: 'reader', banned: false, bannedUntil: null } })).toBeUndefined()
    expect(commenterBanned({ now, commenter: { kind: 'reader', bannedUntil: new Date('2025-07-20T00:00:00Z') } })).toBeUndefined()
    expect(commenterBanned({ now, commenter: { kind: 'reader', bannedUntil: new Date('nonsense') } })).toBeUndefined()
    expect(commenterBanned({ now, commenter: { kind: 'guest' } })).toBeUndefined()
  })
})
