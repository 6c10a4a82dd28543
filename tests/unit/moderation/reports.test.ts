import { describe, expect, it } from 'vitest'

import { afterReport } from '@/comments/domain/moderation/reports'

const settings = { reportsToHold: 3 }

describe('afterReport', () => {
  it('sends an approved comment back to review at the threshold', () => {
    expect(afterReport({ status: 'approved', reportCount: 3, settings })).toEqual({
      status: 'pending',
      reason: { code: 'reported', detail: '3 reader reports, 3 send a comment back to review' },
    })
    expect(afterReport({ status: 'approved', reportCount: 7, settings })).toMatchObject({ status: 'pending', reason: { code: 'reported' } })
  })

  it('leaves an approved comment alone below the threshold', () => {
    expect(afterReport({ status: 'approved', reportCount: 2, settings })).toEqual({ status: 'approved' })
  })

  it('leaves pending, rejected and spam comments alone', () => {
    for (const status of ['pending', 'rejected', 'spam'] as const) {
      expect(afterReport({ status, reportCount: 10, settings })).toEqual({ status })
    }
  })

  it('treats a threshold under 1 as 1, and one that is not a number as off', () => {
    expect(afterReport({ status: 'approved', reportCount: 0, settings: { reportsToHold: 0 } })).toEqual({ status: 'approved' })
    expect(afterReport({ status: 'approved', reportCount: 1, settings: { reportsToHold: 0 } })).toMatchObject({ status: 'pending' })
    expect(afterReport({ status: 'approved', reportCount: 100, settings: { reportsToHold: Number.NaN } })).toEqual({ status: 'approved' })
  })
})
