import { expect, it } from 'vitest'

import { adminHostDecision } from '@/lib/requests/admin-host'

it('serves the admin at SITE_URL’s host', () => {
  expect(adminHostDecision('http://localhost:3000', 'localhost:3000', '/admin', false)).toEqual({ action: 'serve' })
  expect(adminHostDecision('https://news.example', 'NEWS.example', '/admin', false)).toEqual({ action: 'serve' })
})

it('sends another loopback name to SITE_URL in demo mode, keeping the path', () => {
  expect(adminHostDecision('http://localhost:3000', '127.0.0.1:3000', '/admin/collections/articles?page=2', true)).toEqual({
    action: 'redirect',
    location: 'http://localhost:3000/admin/collections/articles?page=2',
  })
  expect(adminHostDecision('http://127.0.0.1:3000', 'localhost:3000', '/admin', true)).toMatchObject({ action: 'redirect' })
})

it('refuses any other host with a message naming SITE_URL and the host used', () => {
  const decision = adminHostDecision('http://localhost:3000', '127.0.0.1:3000', '/admin', false)
  expect(decision).toMatchObject({ action: 'refuse' })
  expect(decision.action === 'refuse' && decision.message).toMatch(/http:\/\/localhost:3000 \(SITE_URL\).*127\.0\.0\.1:3000/)
  expect(adminHostDecision('http://localhost:3000', 'evil.example', '/admin', true)).toMatchObject({ action: 'refuse' })
  expect(adminHostDecision('http://localhost:3000', '127.0.0.1:4000', '/admin', true)).toMatchObject({ action: 'refuse' })
})
