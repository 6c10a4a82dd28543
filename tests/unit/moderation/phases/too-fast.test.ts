import { describe, expect, it } from 'vitest'

import { tooFast } from '@/comments/domain/moderation/phases/too-fast'

const now = new Date('2025-07-21T12:00:10Z')
const settings = { minSecondsToSubmit: 3 }
const secondsBefore = (seconds: number): Date => new Date(now.getTime() - seconds * 1000)

describe('tooFast', () => {
  it('holds a form submitted sooner than the minimum for a moderator, with the reason (a person may have pasted it)', () => {
    expect(tooFast({ now, formShownAt: secondsBefore(1.2), settings })).toEqual({
      action: 'hold',
      reasons: [{ code: 'too-fast', detail: 'submitted 1.2 s after the form was shown, at least 3 s expected' }],
    })
  })

  it('allows a form submitted at or after the minimum', () => {
    expect(tooFast({ now, formShownAt: secondsBefore(3), settings })).toBeUndefined()
    expect(tooFast({ now, formShownAt: secondsBefore(120), settings })).toBeUndefined()
  })

  it('counts a form shown after it was submitted as too fast', () => {
    expect(tooFast({ now, formShownAt: secondsBefore(-5), settings })).toMatchObject({ action: 'hold' })
  })

  it('has no opinion without a valid time, or with the check switched off', () => {
    expect(tooFast({ now, settings })).toBeUndefined()
    expect(tooFast({ now, formShownAt: null, settings })).toBeUndefined()
    expect(tooFast({ now, formShownAt: new Date('nonsense'), settings })).toBeUndefined()
    expect(tooFast({ now, formShownAt: now, settings: { minSecondsToSubmit: 0 } })).toBeUndefined()
  })
})
