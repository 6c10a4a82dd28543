import { describe, expect, it } from 'vitest'

import { parseRateLimit, rateLimitKind } from '@/lib/requests/rate-limit-spec'

describe('parseRateLimit', () => {
  it('reads requests per seconds, with the default when unset', () => {
    expect(parseRateLimit('RATE_LIMIT_AUTH', '5/60', '30/600')).toEqual({ points: 5, durationSeconds: 60 })
    expect(parseRateLimit('RATE_LIMIT_AUTH', undefined, '30/600')).toEqual({ points: 30, durationSeconds: 600 })
    expect(parseRateLimit('RATE_LIMIT_AUTH', ' 7 / 9 ', '30/600')).toEqual({ points: 7, durationSeconds: 9 })
  })

  it('turns off with off or 0', () => {
    expect(parseRateLimit('X', 'off', '30/600')).toBeNull()
    expect(parseRateLimit('X', '0', '30/600')).toBeNull()
  })

  it('names the setting when it cannot read it', () => {
    expect(() => parseRateLimit('RATE_LIMIT_WRITES', 'lots', '1/1')).toThrow(/RATE_LIMIT_WRITES="lots".*30\/600/)
    expect(() => parseRateLimit('RATE_LIMIT_WRITES', '0/60', '1/1')).toThrow(/RATE_LIMIT_WRITES/)
  })
})

describe('rateLimitKind', () => {
  it('counts sign-in, sign-up and password mail as auth', () => {
    expect(rateLimitKind('POST', '/api/users/login')).toBe('auth')
    expect(rateLimitKind('POST', '/api/readers/forgot-password')).toBe('auth')
    expect(rateLimitKind('POST', '/api/readers')).toBe('auth')
  })

  it('counts the account pages’ sign-in, sign-up and mailed-link forms and links as auth, and their other forms as writes', () => {
    for (const action of ['sign-in', 'sign-up', 'email-link', 'forgot', 'reset'])
      expect(rateLimitKind('POST', `/api/readers/account/${action}`)).toBe('auth')
    expect(rateLimitKind('GET', '/api/readers/account/confirm')).toBe('auth')
    expect(rateLimitKind('GET', '/api/readers/account/link')).toBe('auth')
    expect(rateLimitKind('POST', '/api/readers/account/profile')).toBe('writes')
    expect(rateLimitKind('POST', '/api/readers/account/sign-out')).toBe('writes')
  })

  it('counts e-mail verification as auth', () => {
    expect(rateLimitKind('POST', '/api/readers/verify/abc')).toBe('auth')
    expect(rateLimitKind('POST', '/api/users/verify/abc')).toBe('auth')
  })

  it('counts other API writes as writes and API reads as reads', () => {
    expect(rateLimitKind('POST', '/api/comments')).toBe('writes')
    expect(rateLimitKind('PATCH', '/api/articles/1')).toBe('writes')
    expect(rateLimitKind('GET', '/api/users/me')).toBe('reads')
    expect(rateLimitKind('HEAD', '/api/articles')).toBe('reads')
  })

  it('leaves GraphQL POSTs to the GraphQL route, and pages and preflights alone', () => {
    expect(rateLimitKind('POST', '/api/graphql')).toBeNull()
    expect(rateLimitKind('OPTIONS', '/api/comments')).toBeNull()
    expect(rateLimitKind('POST', '/articles/x')).toBeNull()
    expect(rateLimitKind('GET', '/')).toBeNull()
  })
})
