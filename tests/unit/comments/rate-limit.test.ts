import { describe, expect, it } from 'vitest'

import { checkRateLimit, windowStart, withinEditWindow, wordList } from '@/comments/domain'

const now = new Date('2026-11-25T12:00:00Z')

describe('checkRateLimit', () => {
  const limit = { max: 3, windowSeconds: 60 }
  it('allows under the limit', () => {
    expect(checkRateLimit(limit, { count: 2, oldest: new Date(now.getTime() - 10_000) }, now)).toEqual({ allowed: true })
  })

  it('refuses at the limit until the oldest leaves the window', () => {
    expect(checkRateLimit(limit, { count: 3, oldest: new Date(now.getTime() - 45_000) }, now)).toEqual({
      allowed: false,
      retryAfterSeconds: 15,
    })
    expect(checkRateLimit(limit, { count: 9, oldest: new Date(now.getTime() - 60_000) }, now)).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    })
  })

  it('is off at a max of 0', () => {
    expect(checkRateLimit({ max: 0, windowSeconds: 60 }, { count: 100, oldest: now }, now)).toEqual({ allowed: true })
  })

  it('starts its window windowSeconds back', () => {
    expect(windowStart(limit, now).toISOString()).toBe('2026-11-25T11:59:00.000Z')
  })
})

describe('withinEditWindow', () => {
  it('allows edits up to the end of the window only', () => {
    expect(withinEditWindow(new Date(now.getTime() - 15 * 60_000), now, 15)).toBe(true)
    expect(withinEditWindow(new Date(now.getTime() - 15 * 60_000 - 1), now, 15)).toBe(false)
    expect(withinEditWindow(now, now, 0)).toBe(false)
    expect(withinEditWindow(new Date('nonsense'), now, 15)).toBe(false)
  })
})

describe('wordList', () => {
  it('reads one entry per line, trimmed, without blanks or repeats', () => {
    expect(wordList(' spam \n\nscam\r\nspam\n')).toEqual(['spam', 'scam'])
    expect(wordList(null)).toEqual([])
  })
})
