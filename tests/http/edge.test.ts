import { describe, expect, it } from 'vitest'

import { ANONYMOUS_MAX_DEPTH } from '@/hooks/guard-read-args'
import { baseUrl, graphql, loginAs, request } from './helpers/client'

describe('the HTTP edge', () => {
  it('answers /healthz and /readyz without caching', async () => {
    const health = await request('/healthz')
    expect(health.status).toBe(200)
    expect(health.body).toMatchObject({ status: 'ok' })
    const ready = await request('/readyz')
    expect(ready.status).toBe(200)
    expect(ready.body).toMatchObject({ status: 'ready', database: 'up' })
    expect(ready.headers.get('cache-control')).toBe('no-store')
  })

  it('answers /favicon.ico with the site’s icon, which browsers ask for whatever a page declares', async () => {
    const response = await fetch(`${baseUrl()}/favicon.ico`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toMatch(/^<svg /)
  })

  it('sends security headers and a request id, and keeps an upstream one', async () => {
    const response = await fetch(`${baseUrl()}/api/articles?limit=1`, { headers: { 'X-Request-Id': 'upstream-req-12345' } })
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(response.headers.get('x-request-id')).toBe('upstream-req-12345')
    const own = await fetch(`${baseUrl()}/api/articles?limit=1`, { headers: { 'X-Request-Id': 'bad id with spaces' } })
    expect(own.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('compresses large responses', async () => {
    const response = await fetch(`${baseUrl()}/api/articles?limit=10`, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(response.headers.get('content-encoding')).toBe('gzip')
    expect(((await response.json()) as { docs: unknown[] }).docs).toHaveLength(10)
  })

  it('serves the admin, the reader home page and the GraphQL endpoint', async () => {
    const admin = await fetch(`${baseUrl()}/admin/login`)
    expect(admin.status).toBe(200)
    expect(await admin.text()).toContain('<html')
    const home = await fetch(`${baseUrl()}/`)
    expect(home.status).toBe(200)
    const html = await home.text()
    expect(html).toContain('The Harbour Ledger')
    expect(html).toContain('Container ship runs aground')
    const result = await graphql<{ Articles: { totalDocs: number } }>('{ Articles { totalDocs } }')
    expect(result.status).toBe(200)
    expect(result.body.data?.Articles.totalDocs).toBeGreaterThanOrEqual(28)
  })

  it('shows anonymous readers published articles only, over REST and GraphQL', async () => {
    const editor = await loginAs('editor')
    const count = async (query: string, token?: string) =>
      (await request<{ totalDocs: number }>(`/api/articles?limit=1&depth=0${query}`, { token })).body.totalDocs
    const published = await count('&where[_status][equals]=published', editor)
    const drafts = await count('&where[_status][equals]=draft', editor)
    expect(drafts).toBeGreaterThanOrEqual(2) // the demo's draft and scheduled stories

    const rest = await request<{ totalDocs: number; docs: { _status: string }[] }>('/api/articles?limit=100&depth=0')
    expect(rest.body.totalDocs).toBe(published)
    expect(rest.body.docs.every((doc) => doc._status === 'published')).toBe(true)
    expect(await count('&where[_status][equals]=draft')).toBe(0)
    // By title, so a published story with a pending draft (left by an earlier file) names itself.
    const titles = async (query: string, token?: string) =>
      (
        await request<{ docs: { title: string }[] }>(`/api/articles?limit=100&depth=0&select[title]=true&sort=title${query}`, { token })
      ).body.docs.map((doc) => doc.title)
    expect(await titles('&draft=true')).toEqual(await titles('&where[_status][equals]=published', editor))
    const gql = await graphql<{ Articles: { totalDocs: number } }>('{ Articles(draft: true) { totalDocs } }')
    expect(gql.body.data?.Articles.totalDocs).toBe(published)
    expect(await count('', editor)).toBe(published + drafts)
  })

  it('never shows who created or last edited an article to anonymous readers', async () => {
    const rest = await request<{ docs: Record<string, unknown>[] }>('/api/articles?limit=5&depth=0')
    for (const doc of rest.body.docs) {
      expect(doc).not.toHaveProperty('createdBy')
      expect(doc).not.toHaveProperty('lastEditedBy')
    }
    const editor = await loginAs('editor')
    const staff = await request<{ docs: Record<string, unknown>[] }>('/api/articles?limit=1&depth=0', { token: editor })
    expect(staff.body.docs[0]).toHaveProperty('createdBy')
    expect(staff.body.docs[0]).toHaveProperty('lastEditedBy')
  })

  it(`caps relationship depth at ${ANONYMOUS_MAX_DEPTH} for anonymous requests`, async () => {
    const deep = await request<{ docs: { authors: { photo: unknown }[]; section: unknown }[] }>('/api/articles?limit=1&depth=8')
    expect(deep.status).toBe(200)
    const author = deep.body.docs[0].authors[0]
    expect(typeof author).toBe('object')
    // depth 1: the author; depth 2: the author's photo; nothing deeper is populated.
    expect(typeof author.photo).toBe('object')
  })

  it('hides the GraphQL playground and introspection in production', async () => {
    const playground = await fetch(`${baseUrl()}/api/graphql-playground`)
    expect(playground.status).toBeGreaterThanOrEqual(400)
    const introspection = await graphql('{ __schema { types { name } } }')
    expect(introspection.body.errors?.[0]?.message).toMatch(/introspection/i)
  })

  it('refuses an overly complex GraphQL query', async () => {
    const fields = Array.from({ length: 300 }, (_, i) => `a${i}: Articles(limit: 100) { docs { title authors { name } } }`).join('\n')
    const result = await graphql(`{ ${fields} }`)
    expect(result.status).toBeLessThan(500)
    expect(result.body.errors?.[0]?.message).toMatch(/complexity/i)
  })
})
