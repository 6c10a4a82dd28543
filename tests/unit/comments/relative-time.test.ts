import { describe, expect, it } from 'vitest'

import { relativeTime } from '@/comments/domain/relative-time'

describe('relative comment times', () => {
  const now = Date.parse('2026-12-06T12:00:00Z')
  const ago = (ms: number) => new Date(now - ms).toISOString()

  it('reads as a person says it, from just now to the date', () => {
    expect(relativeTime(ago(20_000), now)).toBe('just now')
    expect(relativeTime(ago(5 * 60_000), now)).toBe('5 min ago')
    expect(relativeTime(ago(60 * 60_000), now)).toBe('1 hour ago')
    expect(relativeTime(ago(5 * 3600_000), now)).toBe('5 hours ago')
    expect(relativeTime(ago(30 * 3600_000), now)).toBe('yesterday')
    expect(relativeTime(ago(3 * 86_400_000), now)).toBe('3 days ago')
    expect(relativeTime('2026-11-02T09:00:00Z', now)).toBe('2 Nov 2026')
  })

  it('never says "in the future" for a clock a little ahead, and says nothing for a bad date', () => {
    expect(relativeTime(new Date(now + 30_000).toISOString(), now)).toBe('just now')
    expect(relativeTime('not a date', now)).toBe('')
  })
})
