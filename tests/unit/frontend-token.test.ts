import { describe, expect, it } from 'vitest'

import { frontendName, issueFrontendToken } from '@/lib/requests/frontend-token'
import { limitFor } from '@/lib/requests/shared-rate-limits'

it('names the front end a token was issued to, and nothing for a forged, foreign or malformed one', () => {
  const token = issueFrontendToken('secret-a', 'web-front')
  expect(frontendName('secret-a', token)).toBe('web-front')
  expect(frontendName('secret-b', token)).toBeNull()
  expect(frontendName('secret-a', token.replace('web-front', 'other-front'))).toBeNull()
  expect(frontendName('secret-a', `${token}x`)).toBeNull()
  expect(frontendName('secret-a', undefined)).toBeNull()
  expect(frontendName('secret-a', 'fe1..')).toBeNull()
  expect(() => issueFrontendToken('secret-a', 'Not A Name')).toThrow(/lower-case/)
})

describe('limitFor', () => {
  const secret = 'limit-secret'
  const token = issueFrontendToken(secret, 'app')
  it('counts a trusted front end’s reads per front end, and everything else per address', () => {
    expect(limitFor('reads', { address: '10.0.0.1', frontendToken: token }, secret)).toEqual({ kind: 'frontend', key: 'frontend:app' })
    expect(limitFor('writes', { address: '10.0.0.1', frontendToken: token }, secret)).toEqual({ kind: 'writes', key: '10.0.0.1' })
    expect(limitFor('reads', { address: '10.0.0.1', frontendToken: `${token}x` }, secret)).toEqual({ kind: 'reads', key: '10.0.0.1' })
    expect(limitFor('reads', { address: '10.0.0.1', frontendToken: token }, 'another-secret')).toEqual({ kind: 'reads', key: '10.0.0.1' })
  })
})
