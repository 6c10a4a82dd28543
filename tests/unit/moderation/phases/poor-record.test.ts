import { describe, expect, it } from 'vitest'

import { poorRecord } from '@/comments/domain/moderation/phases/poor-record'
import type { CommenterRecord } from '@/comments/domain/moderation/types'

const settings = { poorRecordWindow: 10, poorRecordRejectedShare: 0.5 }
const check = (recent: CommenterRecord['recent'], overrides: Partial<typeof settings> = {}) =>
  poorRecord({ record: { approved: 0, recent }, settings: { ...settings, ...overrides } })

describe('poorRecord', () => {
  it('holds a commenter whose recent comments were mostly rejected or spam', () => {
    expect(check(['rejected', 'spam', 'approved'])).toEqual({
      action: 'hold',
      reasons: [{ code: 'poor-record', detail: '2 of the last 3 moderated comments were rejected or spam' }],
    })
  })

  it('needs more than the share, not just the share', () => {
    expect(check(['rejected', 'approved', 'spam', 'approved'])).toBeUndefined()
  })

  it('needs at least three moderated comments, and does not count pending ones', () => {
    expect(check(['rejected', 'spam'])).toBeUndefined()
    expect(check(['pending', 'rejected', 'pending', 'spam', 'pending'])).toBeUndefined()
    expect(check([])).toBeUndefined()
  })

  it('looks only at the last N moderated comments, newest first', () => {
    const recent: CommenterRecord['recent'] = ['approved', 'pending', 'approved', 'approved', 'rejected', 'rejected', 'rejected', 'spam']
    expect(check(recent, { poorRecordWindow: 3 })).toBeUndefined()
    expect(check(recent, { poorRecordWindow: 10 })).toMatchObject({
      reasons: [{ code: 'poor-record', detail: '4 of the last 7 moderated comments were rejected or spam' }],
    })
  })
})
