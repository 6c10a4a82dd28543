import { beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@/seed/demo-logins'
import { gradientImage } from '@/seed/images'
import { baseUrl, loginAs, request } from '../http/helpers/client'

/**
 * What the browser is told: the reader site's script policy (a nonce per render that every script
 * carries, kept with a cached page), frame and sniffing rules everywhere, uploads that cannot run as
 * pages, cross-origin rules (CORS, CSRF) and login cookie flags.
 */
const nonceOf = (policy: string | null) => policy?.match(/'nonce-([^']+)'/)?.[1]
const scriptNonces = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>/g)]
    .filter(([, attributes]) => !/type="application\/ld\+json"/.test(attributes))
    .map(([, attributes]) => attributes.match(/\bnonce="([^"]*)"/)?.[1])

let article: { id: string; slug: string }

beforeAll(async () => {
  article = (await request<{ docs: { id: string; slug: string }[] }>('/api/articles?limit=1&depth=0&sort=-publishedAt')).body.docs[0]
})

describe('the reader site script policy', () => {
  it('gives each page a nonce that every script it renders carries, and a strict policy around it', async () => {
    for (const path of ['/', `/articles/${article.slug}`, '/articles/no-such-story', '/search?q=harbour', '/no-such-page']) {
      const response = await fetch(`${baseUrl()}${path}?csp-probe=${Math.random()}`)
      const policy = response.headers.get('content-security-policy')
      const nonce = nonceOf(policy)
      expect(nonce, path).toMatch(/^[A-Za-z0-9+/=]{16,}$/)
      expect(policy).toContain("'strict-dynamic'")
      expect(policy).toContain("object-src 'none'")
      expect(policy).toContain("base-uri 'self'")
      expect(policy).toContain("frame-ancestors 'self'")
      // Frames only from the embed players an article may offer, never any page at all.
      expect(policy).toMatch(/frame-src https:\/\/www\.youtube-nocookie\.com [^;*]*;/)
      const nonces = scriptNonces(await response.text())
      // Reader pages are sent without Next's scripts (src/server/script-free-pages.ts); an article
      // has one, its islands bundle.
      if (path !== `/articles/${article.slug}`) {
        expect(nonces, path).toEqual([])
        continue
      }
      expect(nonces.length, path).toBeGreaterThan(0)
      expect(new Set(nonces), path).toEqual(new Set([nonce]))
    }
  })

  it('replays a cached page with the policy it was rendered with, and renders a new nonce for each render', async () => {
    const url = `${baseUrl()}/articles/${article.slug}`
    // A fill is dropped when a purge lands during its render: ask until a copy is stored.
    let hit = await fetch(url)
    for (let tries = 0; hit.headers.get('x-cache') !== 'HIT' && tries < 20; tries++) hit = await fetch(url)
    expect(hit.headers.get('x-cache')).toBe('HIT')
    const hitNonce = nonceOf(hit.headers.get('content-security-policy'))
    expect(new Set(scriptNonces(await hit.text()))).toEqual(new Set([hitNonce]))
    // Personal requests are never cached, so each render has its own nonce.
    const personal = async () =>
      nonceOf((await fetch(url, { headers: { authorization: 'JWT not-a-real-one' } })).headers.get('content-security-policy'))
    const [a, b] = [await personal(), await personal()]
    expect(a).not.toBe(b)
  })

  it('never takes the nonce from a policy header the client sent', async () => {
    const response = await fetch(`${baseUrl()}/?probe=${Math.random()}`, {
      headers: { 'Content-Security-Policy': "script-src 'nonce-chosen-by-the-client'" },
    })
    const html = await response.text()
    expect(response.headers.get('content-security-policy')).not.toContain('chosen-by-the-client')
    expect(html).not.toContain('chosen-by-the-client')
  })

  it('keeps the admin and the API on a frame-ancestors policy, and sends nosniff and SAMEORIGIN everywhere', async () => {
    for (const path of ['/admin/login', '/api/articles?limit=1', '/', '/feed.xml']) {
      const response = await fetch(`${baseUrl()}${path}`)
      expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'self'")
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(response.headers.get('x-frame-options'), path).toBe('SAMEORIGIN')
      await response.arrayBuffer()
    }
    expect((await fetch(`${baseUrl()}/admin/login`)).headers.get('content-security-policy')).not.toContain('nonce-')
  })
})

describe('uploads cannot run script on our origin', () => {
  let token: string
  const upload = async (bytes: Uint8Array, filename: string, type: string) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), filename)
    form.append('_payload', JSON.stringify({ alt: 'Hostile upload probe' }))
    const response = await fetch(`${baseUrl()}/api/media`, { method: 'POST', body: form, headers: { Authorization: `JWT ${token}` } })
    return { status: response.status, body: (await response.json()) as { doc?: { url: string }; errors?: { message: string }[] } }
  }
  const mediaCount = async () => (await request<{ totalDocs: number }>('/api/media?limit=1&depth=0', { token })).body.totalDocs
  const text = (value: string) => new Uint8Array(Buffer.from(value, 'latin1'))

  beforeAll(async () => {
    token = await loginAs('editor')
  })

  const hostile: [string, Uint8Array, string, string][] = [
    ['an SVG with a script', text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'logo.svg', 'image/svg+xml'],
    ['an SVG calling itself a PNG', text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'logo.png', 'image/png'],
    ['an HTML page calling itself a JPEG', text('<!doctype html><script>alert(1)</script>'), 'photo.jpg', 'image/jpeg'],
    ['an HTML page', text('<!doctype html><script>alert(1)</script>'), 'page.html', 'text/html'],
    ['a GIF/JavaScript polyglot', text('GIF89a/*\x01\x00\x01\x00\x00\x00\x00*/=alert(1)//;'), 'poly.gif', 'image/gif'],
    [
      'an XML document with an entity',
      text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'),
      'data.webp',
      'image/webp',
    ],
  ]

  it.each(hostile)('refuses %s with a 4xx that names the allowed types, and stores nothing', async (_label, bytes, filename, type) => {
    const before = await mediaCount()
    const response = await upload(bytes, filename, type)
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(response.body.errors?.[0]?.message).toBeTruthy()
    expect(await mediaCount()).toBe(before)
  })

  it('serves a stored image sandboxed, typed and not sniffed, and answers traversal in file names with 4xx', async () => {
    const image = await gradientImage(['#224466', '#6688aa'], 3, 64, 36)
    const stored = await upload(new Uint8Array(image), 'ok.jpg', 'image/jpeg')
    expect(stored.status).toBe(201)
    const file = await fetch(`${baseUrl()}${new URL(stored.body.doc!.url, baseUrl()).pathname}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toMatch(/^image\//)
    expect(file.headers.get('x-content-type-options')).toBe('nosniff')
    expect(file.headers.get('content-security-policy')).toMatch(/default-src 'none'.*sandbox/)
    for (const name of ['..%2f..%2fpackage.json', '%2e%2e%2f%2e%2e%2f.env', '..%252f..%252fpayload.config.ts']) {
      const response = await fetch(`${baseUrl()}/api/media/file/${name}`)
      const body = await response.text()
      expect(response.status, name).toBeGreaterThanOrEqual(400)
      expect(response.status, name).toBeLessThan(500)
      expect(body).not.toMatch(/"dependencies"|PAYLOAD_SECRET|buildConfig/)
    }
  })
})

describe('cross-origin requests', () => {
  it('answers CORS only for allowed origins', async () => {
    const evil = await fetch(`${baseUrl()}/api/articles?limit=1`, { headers: { Origin: 'https://evil.example' } })
    expect(evil.headers.get('access-control-allow-origin')).toBeNull()
    await evil.arrayBuffer()
    const preflight = await fetch(`${baseUrl()}/api/comments`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    })
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
    await preflight.arrayBuffer()
  })

  it('ignores a login cookie on a write from another origin (CSRF), and honours it from the site itself', async () => {
    const login = await fetch(`${baseUrl()}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'editor@newsroom.test', password: DEMO_PASSWORD }),
    })
    const cookie = login.headers
      .getSetCookie()
      .find((line) => line.startsWith('payload-token='))!
      .split(';')[0]
    const write = (origin: string) =>
      fetch(`${baseUrl()}/api/tags`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie, Origin: origin },
        body: JSON.stringify({ name: `CSRF probe ${Math.random()}` }),
      })
    const forged = await write('https://evil.example')
    expect(forged.status).toBe(403)
    const own = await write(baseUrl())
    expect(own.status).toBe(201)
    const created = (await own.json()) as { doc: { id: string } }
    await request(`/api/tags/${created.doc.id}`, { method: 'DELETE', token: await loginAs('admin') })
  })
})

describe('login cookies', () => {
  it('are HttpOnly, SameSite=Lax and Secure in production, for staff and readers', async () => {
    for (const [path, email] of [
      ['/api/users/login', 'moderator@newsroom.test'],
      ['/api/readers/login', 'reader@newsroom.test'],
    ]) {
      const response = await fetch(`${baseUrl()}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password: DEMO_PASSWORD }),
      })
      expect(response.status, path).toBe(200)
      const cookie = response.headers.getSetCookie().find((line) => line.startsWith('payload-token=')) ?? ''
      expect(cookie, path).toMatch(/;\s*HttpOnly/i)
      expect(cookie, path).toMatch(/;\s*SameSite=Lax/i)
      expect(cookie, path).toMatch(/;\s*Secure/i)
    }
  })
})
