import { describe, expect, it } from 'vitest'

import { defaultPhases, PHASE_GROUPS } from '@/comments/domain/moderation/phases'
import {
  compose,
  DEFAULT_MODERATION_SETTINGS,
  HELD_MESSAGE,
  moderate,
  NOT_POSTED_MESSAGE,
  PUBLISHED_MESSAGE,
} from '@/comments/domain/moderation/pipeline'
import type { ModerationContext, Phase, ReasonCode } from '@/comments/domain/moderation/types'
import { context, NOW } from './context'

const codes = (c: ModerationContext): ReasonCode[] => moderate(c).reasons.map((reason) => reason.code)

describe('compose', () => {
  it('approves with no reasons when no phase has an opinion', () => {
    expect(compose([() => undefined, () => ({})])(context())).toEqual({ action: 'approve', reasons: [], publicMessage: PUBLISHED_MESSAGE })
    expect(compose([])(context())).toEqual({ action: 'approve', reasons: [], publicMessage: PUBLISHED_MESSAGE })
  })

  it('runs phases in order and stops at the first reject or spam', () => {
    const ran: string[] = []
    const phase =
      (name: string, result: ReturnType<Phase>): Phase =>
      () => {
        ran.push(name)
        return result
      }
    const decide = compose([
      phase('a', undefined),
      phase('b', { action: 'reject', reasons: [{ code: 'empty', detail: 'b' }], publicMessage: 'Nope.' }),
      phase('c', { action: 'spam', reasons: [{ code: 'honeypot', detail: 'c' }] }),
    ])
    expect(decide(context())).toEqual({ action: 'reject', reasons: [{ code: 'empty', detail: 'b' }], publicMessage: 'Nope.' })
    expect(ran).toEqual(['a', 'b'])
  })

  it('remembers a hold but keeps running, collecting every reason in order', () => {
    const decide = compose([
      () => ({ action: 'hold', reasons: [{ code: 'too-many-links', detail: '1' }] }),
      () => ({ reasons: [{ code: 'rate-limited', detail: 'no action, reason only' }] }),
      () => ({ action: 'hold', reasons: [{ code: 'suspect-word', detail: '2' }] }),
      () => ({ action: 'approve', reasons: [{ code: 'trusted', detail: '3' }], publicMessage: 'Thanks!' }),
    ])
    expect(decide(context())).toEqual({
      action: 'hold',
      reasons: [
        { code: 'too-many-links', detail: '1' },
        { code: 'rate-limited', detail: 'no action, reason only' },
        { code: 'suspect-word', detail: '2' },
        { code: 'trusted', detail: '3' },
      ],
      publicMessage: HELD_MESSAGE,
    })
  })

  it('lets a later reject or spam beat an earlier hold', () => {
    const hold: Phase = () => ({ action: 'hold', reasons: [{ code: 'suspect-word', detail: 'held first' }] })
    const reject: Phase = () => ({ action: 'reject', reasons: [{ code: 'banned-word', detail: 'x' }], publicMessage: 'Blocked.' })
    expect(compose([hold, reject])(context())).toEqual({
      action: 'reject',
      reasons: [
        { code: 'suspect-word', detail: 'held first' },
        { code: 'banned-word', detail: 'x' },
      ],
      publicMessage: 'Blocked.',
    })
    expect(compose([hold, () => ({ action: 'spam', reasons: [{ code: 'spam-checker', detail: 'y' }] })])(context())).toMatchObject({
      action: 'spam',
      publicMessage: NOT_POSTED_MESSAGE,
    })
  })

  it('never passes on a message that would explain a bot check, and never explains a hold', () => {
    const reject = compose([
      () => ({ action: 'reject', reasons: [{ code: 'honeypot', detail: 'x' }], publicMessage: 'You filled in the hidden field.' }),
    ])
    expect(reject(context()).publicMessage).toBe(NOT_POSTED_MESSAGE)
    const spam = compose([() => ({ action: 'spam', reasons: [{ code: 'too-fast', detail: 'x' }], publicMessage: 'Slow down, bot.' })])
    expect(spam(context()).publicMessage).toBe(NOT_POSTED_MESSAGE)
    const hold = compose([() => ({ action: 'hold', reasons: [{ code: 'suspect-word', detail: 'x' }], publicMessage: 'You said "idiot".' })])
    expect(hold(context()).publicMessage).toBe(HELD_MESSAGE)
    expect(compose([() => ({ action: 'reject' })])(context()).publicMessage).toBe(NOT_POSTED_MESSAGE)
  })

  it('does not share its reasons array with the phases', () => {
    const reasons = [{ code: 'trusted' as const, detail: 'x' }]
    const decision = compose([() => ({ action: 'approve', reasons })])(context())
    decision.reasons.push({ code: 'reported', detail: 'y' })
    expect(reasons).toHaveLength(1)
  })
})

describe('default phases', () => {
  it('run in the documented groups and order', () => {
    expect(PHASE_GROUPS.map((group) => group.name)).toEqual(['validate', 'gate', 'filters', 'external', 'pre-moderation'])
    expect(defaultPhases.map((phase) => phase.name)).toEqual([
      'emptyBody',
      'tooLong',
      'articleClosed',
      'commenterBanned',
      'guestsNotAllowed',
      'honeypot',
      'tooFast',
      'bannedWords',
      'tooManyLinks',
      'suspectWords',
      'spamChecker',
      'poorRecord',
      'moderationMode',
    ])
  })

  it('default settings are the documented ones', () => {
    expect(DEFAULT_MODERATION_SETTINGS).toEqual({
      mode: 'pre-until-trusted',
      trustedAfterApproved: 3,
      poorRecordWindow: 10,
      poorRecordRejectedShare: 0.5,
      maxLinks: 2,
      bannedWords: [],
      suspectWords: [],
      minSecondsToSubmit: 3,
      maxBodyLength: 5000,
      reportsToHold: 3,
      guestsAllowed: false,
    })
  })
})

describe('moderate', () => {
  it('approves a trusted reader on the default settings', () => {
    const decision = moderate(
      context({ commenter: { kind: 'reader', trustLevel: 'trusted' }, record: { approved: 0, recent: [] } }, DEFAULT_MODERATION_SETTINGS),
    )
    expect(decision).toEqual({
      action: 'approve',
      reasons: [{ code: 'trusted', detail: 'the reader is marked trusted' }],
      publicMessage: PUBLISHED_MESSAGE,
    })
    expect(moderate(context({}, DEFAULT_MODERATION_SETTINGS))).toMatchObject({ action: 'approve', reasons: [{ code: 'trusted' }] })
  })

  it('holds a new reader on the default settings', () => {
    const decision = moderate(context({ record: { approved: 0, recent: [] } }, DEFAULT_MODERATION_SETTINGS))
    expect(decision).toEqual({
      action: 'hold',
      reasons: [{ code: 'new-commenter', detail: '0 approved comments, 3 needed to skip review on the site' }],
      publicMessage: HELD_MESSAGE,
    })
  })

  it('rejects a guest on the default settings', () => {
    expect(moderate(context({ commenter: { kind: 'guest' } }, DEFAULT_MODERATION_SETTINGS))).toMatchObject({
      action: 'reject',
      reasons: [{ code: 'guests-not-allowed' }],
      publicMessage: 'Please sign in to comment.',
    })
  })

  it('validates before the gate: a blank comment on a closed article is reported as blank', () => {
    expect(codes(context({ body: ' ', article: { commentsMode: 'closed' } }))).toEqual(['empty'])
  })

  it('gives a closed article priority over a banned commenter and the bot checks', () => {
    const c = context({ article: { commentsMode: 'closed' }, commenter: { kind: 'reader', banned: true }, honeypot: 'x' })
    expect(moderate(c)).toMatchObject({ action: 'reject', reasons: [{ code: 'closed' }] })
    expect(moderate(c).publicMessage).toBe('Comments are closed on this article.')
  })

  it('keeps every hold reason for moderators, in rule order', () => {
    const c = context(
      { body: 'Idiots, see http://a.b https://c.d www.e.f', record: { approved: 0, recent: ['rejected', 'spam', 'rejected'] } },
      { mode: 'pre-until-trusted', suspectWords: ['idiots'] },
    )
    expect(moderate(c)).toEqual({
      action: 'hold',
      reasons: [
        { code: 'too-many-links', detail: '3 links, at most 2 allowed without review' },
        { code: 'suspect-word', detail: 'contains the suspect word "idiots"' },
        { code: 'poor-record', detail: '3 of the last 3 moderated comments were rejected or spam' },
        { code: 'new-commenter', detail: '0 approved comments, 3 needed to skip review on the site' },
      ],
      publicMessage: HELD_MESSAGE,
    })
  })

  it('lets a banned word reject a comment that was already held for its links', () => {
    const c = context({ body: 'darn http://a.b http://c.d http://e.f' }, { bannedWords: ['darn'] })
    expect(moderate(c)).toEqual({
      action: 'reject',
      reasons: [{ code: 'banned-word', detail: 'contains the banned word "darn"' }],
      publicMessage: 'Your comment contains a blocked word.',
    })
    const later = context({ body: 'idiot http://a.b', spamVerdict: 'spam' }, { maxLinks: 0, suspectWords: ['idiot'] })
    expect(moderate(later)).toMatchObject({ action: 'spam', publicMessage: NOT_POSTED_MESSAGE })
    expect(moderate(later).reasons.map((reason) => reason.code)).toEqual(['too-many-links', 'suspect-word', 'spam-checker'])
  })

  it('never tells the commenter about a bot check', () => {
    const bots: ModerationContext[] = [context({ honeypot: 'filled' }), context({ spamVerdict: 'spam' })]
    for (const c of bots) {
      const decision = moderate(c)
      expect(decision.action).toBe('spam')
      expect(decision.publicMessage).toBe(NOT_POSTED_MESSAGE)
      expect(decision.publicMessage).not.toMatch(/honeypot|hidden|fast|quick|spam|checker|bot/i)
    }
    // Too fast may be a person who pasted: held for a moderator, and told only that it waits.
    const fast = moderate(context({ formShownAt: new Date(NOW.getTime() - 500) }))
    expect(fast).toMatchObject({ action: 'hold', publicMessage: HELD_MESSAGE })
    expect(fast.reasons.map((reason) => reason.code)).toContain('too-fast')
  })

  it('lets the article mode override the site mode', () => {
    expect(moderate(context({}, { mode: 'post', articleMode: 'pre' }))).toMatchObject({
      action: 'hold',
      reasons: [{ code: 'pre-moderation', detail: 'this article pre-moderates every comment' }],
    })
    expect(moderate(context({ record: { approved: 0, recent: [] } }, { mode: 'pre', articleMode: 'post' }))).toEqual({
      action: 'approve',
      reasons: [],
      publicMessage: PUBLISHED_MESSAGE,
    })
  })

  it('still holds a trusted reader with a poor record', () => {
    const c = context(
      { commenter: { kind: 'reader', trustLevel: 'trusted' }, record: { approved: 40, recent: ['spam', 'spam', 'approved'] } },
      { mode: 'pre-until-trusted' },
    )
    expect(codes(c)).toEqual(['poor-record', 'trusted'])
    expect(moderate(c).action).toBe('hold')
  })
})
