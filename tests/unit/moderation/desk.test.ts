import { describe, expect, it } from 'vitest'

import { mostCommented } from '@/comments/domain/most-commented'
import {
  accountAgeDays,
  commenterRecord,
  DESK_KEYS,
  DESK_QUEUES,
  deskWhere,
  EVENT_VERBS,
  heldByRule,
  holdReasonsInWords,
  MODERATION_EVENT_ACTIONS,
  reasonInWords,
  stillInQueue,
  suspensionOf,
} from '@/comments/domain/moderation-desk'

describe('the moderation desk’s queues', () => {
  it('narrows every queue by article and commenter', () => {
    const where = deskWhere({ queue: 'held', article: 'a1', reader: 'r1' })
    expect(where.and).toEqual([
      { status: { equals: 'pending' } },
      { 'moderationReasons.code': { in: ['too-many-links', 'suspect-word', 'poor-record', 'reported', 'spam-checker', 'too-fast'] } },
      { article: { equals: 'a1' } },
      { author: { equals: 'r1' } },
    ])
    expect(deskWhere({ queue: 'all', guestEmail: 'g@x.test' }).and).toEqual([
      { status: { not_equals: 'deleted' } },
      { guestEmail: { equals: 'g@x.test' } },
    ])
  })

  it('counts only open reports on comments still up or waiting', () => {
    expect(deskWhere({ queue: 'reported' }).and).toEqual([
      { reportCount: { greater_than: 0 } },
      { status: { in: ['pending', 'approved'] } },
    ])
  })

  it('tells whether a comment stays in the queue after an action', () => {
    const pending = { status: 'pending', reportCount: 0, heldByRule: true }
    expect(stillInQueue('pending', pending)).toBe(true)
    expect(stillInQueue('pending', { ...pending, status: 'approved' })).toBe(false)
    expect(stillInQueue('held', pending)).toBe(true)
    expect(stillInQueue('held', { ...pending, heldByRule: false })).toBe(false)
    expect(stillInQueue('reported', { status: 'approved', reportCount: 2, heldByRule: false })).toBe(true)
    expect(stillInQueue('reported', { status: 'approved', reportCount: 0, heldByRule: false })).toBe(false)
    expect(stillInQueue('reported', { status: 'rejected', reportCount: 2, heldByRule: false })).toBe(false)
    expect(stillInQueue('spam', { ...pending, status: 'spam' })).toBe(true)
    expect(stillInQueue('rejected', { ...pending, status: 'rejected' })).toBe(true)
    expect(stillInQueue('all', { ...pending, status: 'deleted' })).toBe(false)
    expect(DESK_QUEUES.every((queue) => typeof stillInQueue(queue, pending) === 'boolean')).toBe(true)
  })

  it('tells a rule’s hold from the moderation mode’s', () => {
    expect(heldByRule([{ code: 'suspect-word' }])).toBe(true)
    expect(heldByRule([{ code: 'new-commenter' }, { code: 'pre-moderation' }])).toBe(false)
    expect(heldByRule(null)).toBe(false)
  })
})

describe('the desk’s words and numbers', () => {
  it('puts a reason in words with what the rule found', () => {
    expect(reasonInWords({ code: 'suspect-word', detail: 'the word "idiot"' })).toBe('Contains a suspect word: the word "idiot"')
    expect(reasonInWords({ code: 'new-commenter' })).toBe('A new commenter: read until trusted')
    expect(reasonInWords({ code: 'something-new' })).toBe('something-new')
    expect(
      holdReasonsInWords([
        { code: 'trusted', detail: 'x' },
        { code: 'reported', detail: '1 report' },
      ]),
    ).toEqual(['Reported by readers: 1 report'])
  })

  it('turns a suspension preset into a ban or an end date', () => {
    const now = new Date('2026-12-06T12:00:00Z')
    expect(suspensionOf('24h', now)).toEqual({ banned: false, bannedUntil: '2026-12-07T12:00:00.000Z' })
    expect(suspensionOf('7d', now)).toEqual({ banned: false, bannedUntil: '2026-12-13T12:00:00.000Z' })
    expect(suspensionOf('permanent', now)).toEqual({ banned: true, bannedUntil: null })
  })

  it('gives a commenter’s rejection rate only once something was moderated', () => {
    expect(commenterRecord(0, 0)).toEqual({ approved: 0, rejected: 0, rejectionRate: null })
    expect(commenterRecord(2, 1)).toEqual({ approved: 2, rejected: 1, rejectionRate: 0.33 })
  })

  it('counts whole days of membership, never negative', () => {
    const now = new Date('2026-12-06T12:00:00Z')
    expect(accountAgeDays('2026-12-01T13:00:00Z', now)).toBe(4)
    expect(accountAgeDays('2026-12-07T00:00:00Z', now)).toBe(0)
  })

  it('has a verb for every logged action and one key per command', () => {
    expect(Object.keys(EVENT_VERBS).sort()).toEqual([...MODERATION_EVENT_ACTIONS].sort())
    expect(new Set(Object.values(DESK_KEYS)).size).toBe(Object.keys(DESK_KEYS).length)
  })
})

describe('most commented', () => {
  it('ranks articles by their comments, most first, and keeps the top few', () => {
    expect(mostCommented(['a', 'b', 'b', null, 'c', 'b', 'a'], 2)).toEqual([
      { id: 'b', comments: 3 },
      { id: 'a', comments: 2 },
    ])
    expect(mostCommented([], 5)).toEqual([])
  })
})
