import { expect, it } from 'vitest'

import { frontendName, issueFrontendToken } from '@/lib/requests/frontend-token'

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
