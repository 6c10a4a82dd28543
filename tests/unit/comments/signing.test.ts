import { describe, expect, it } from 'vitest'

import { digest, hashIp, issueGuestToken, signWebhook, verifyGuestToken, verifyWebhook } from '@/comments/domain'

describe('hashIp', () => {
  it('is stable, keyed and not the address', () => {
    const hash = hashIp('secret-a', '203.0.113.7')
    expect(hash).toMatch(/^[0-9a-f]{32}$/)
    expect(hashIp('secret-a', ' 203.0.113.7 ')).toBe(hash)
    expect(hashIp('secret-b', '203.0.113.7')).not.toBe(hash)
    expect(hash).not.toContain('203')
  })
})

describe('guest tokens', () => {
  it('verifies its own tokens and refuses altered or foreign ones', () => {
    const token = issueGuestToken('secret')
    const id = verifyGuestToken('secret', token)
    expect(id).toMatch(/^[\w-]{16}$/)
    expect(verifyGuestToken('other-secret', token)).toBeNull()
    const [tokenId, signature] = token.split('.')
    // Another last character, whatever the random id ended in (always 'A' failed one run in 64).
    const altered = `${tokenId.slice(0, -1)}${tokenId.endsWith('A') ? 'B' : 'A'}`
    expect(verifyGuestToken('secret', `${altered}.${signature}`)).toBeNull()
    expect(verifyGuestToken('secret', `${token}.extra`)).toBeNull()
    expect(verifyGuestToken('secret', '')).toBeNull()
    expect(issueGuestToken('secret')).not.toBe(token)
  })
})

describe('webhook signatures', () => {
  const body = JSON.stringify({ event: 'comment.created' })
  it('signs the timestamp and body, and verifies within the tolerance only', () => {
    const header = signWebhook('hook-secret', body, 1_700_000_000)
    expect(header).toMatch(/^t=1700000000,v1=[0-9a-f]{64}$/)
    expect(verifyWebhook('hook-secret', body, header, 1_700_000_100)).toBe(true)
    expect(verifyWebhook('hook-secret', body, header, 1_700_000_400)).toBe(false)
    expect(verifyWebhook('wrong-secret', body, header, 1_700_000_000)).toBe(false)
    expect(verifyWebhook('hook-secret', `${body} `, header, 1_700_000_000)).toBe(false)
    expect(verifyWebhook('hook-secret', body, 'garbage', 1_700_000_000)).toBe(false)
  })
})

describe('digest', () => {
  it('differs when any part differs', () => {
    expect(digest({ a: 1 })).toBe(digest({ a: 1 }))
    expect(digest({ a: 1 })).not.toBe(digest({ a: 2 }))
  })
})
