import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { issueFrontendToken } from '@/lib/requests/frontend-token'
import { request } from './helpers/client'
import { preparedEnvironment, startServer, type ServerEnvironment, type StartedServer } from './helpers/server'

/**
 * The edge's limits count requests by what they do, over REST and GraphQL alike, on a server of
 * this file's own with small limits (its own SQLite file, so the counts are in its memory alone):
 * GraphQL queries are reads, not writes; GraphQL sign-in and password mail count against the
 * sign-in limit, each aliased operation once; a trusted front end reads past the per-address limit.
 */
const secret = 'rate-limit-classes-secret'
let server: StartedServer
let environment: ServerEnvironment
const dir = fs.mkdtempSync(path.join(process.env.TEST_TMP_DIR ?? os.tmpdir(), 'limits-db-'))

beforeAll(async () => {
  environment = await preparedEnvironment('limits', {
    DATABASE_URL: `file:${path.join(dir, 'limits.db')}`,
    NEWSROOM_DEMO: 'false',
    PAYLOAD_SECRET: secret,
  })
  server = await startServer(environment, {
    RATE_LIMIT_AUTH: '5/600',
    RATE_LIMIT_WRITES: '3/60',
    RATE_LIMIT_READS: '12/60',
    RATE_LIMIT_FRONTEND: '1000/60',
    PAGE_CACHE: 'off',
  })
})

afterAll(async () => {
  await server?.stop()
  for (const folder of [environment?.dir, dir]) if (folder) fs.rmSync(folder, { recursive: true, force: true })
})

const graphql = (query: string, headers: Record<string, string> = {}) =>
  request<{ errors?: { message: string }[] }>('/api/graphql', { base: server.url, method: 'POST', json: { query }, headers })

describe('limit classes', () => {
  it('counts GraphQL queries as reads, not as writes', async () => {
    // More queries than the write limit allows: all answered.
    for (let i = 0; i < 6; i++) expect((await graphql(`{ Tags(limit: ${i + 1}) { totalDocs } }`)).status).toBe(200)
  })

  it('counts every aliased GraphQL password mail against the sign-in limit', async () => {
    const aliases = Array.from({ length: 6 }, (_, i) => `a${i}: forgotPasswordReader(email: "nobody${i}@example.test")`).join('\n')
    const response = await graphql(`mutation {\n${aliases}\n}`)
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(response.body.errors?.[0]?.message).toMatch(/sign-in, sign-up or password/)
    // The REST route shares the count: the limit is spent.
    const rest = await request('/api/readers/forgot-password', { base: server.url, method: 'POST', json: { email: 'x@example.test' } })
    expect(rest.status).toBe(429)
    // So do the site's account forms; a browser posting one gets a page that says why, not JSON.
    const form = await fetch(`${server.url}/api/readers/account/sign-in`, {
      method: 'POST',
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=x%40example.test&password=whatever',
      redirect: 'manual',
    })
    expect(form.status).toBe(429)
    expect(form.headers.get('content-type')).toMatch(/^text\/html/)
    expect(await form.text()).toMatch(/Too many sign-in, sign-up or password requests from your address: try again in \d+ s/)
  })

  it('stops a reader of the API at the read limit, and lets a trusted front end read on', async () => {
    let refused = 0
    for (let i = 0; i < 14; i++) {
      const response = await request(`/api/articles?limit=1&probe=${i}`, { base: server.url })
      if (response.status === 429) refused++
    }
    expect(refused).toBeGreaterThan(0)
    const token = issueFrontendToken(secret, 'web-front')
    const asFrontend = await request('/api/articles?limit=1&probe=frontend', { base: server.url, headers: { 'X-Frontend-Token': token } })
    expect(asFrontend.status).toBe(200)
    expect((await graphql('{ Tags { totalDocs } }', { 'X-Frontend-Token': token })).status).toBe(200)
    const forged = await request('/api/articles?limit=1&probe=forged', { base: server.url, headers: { 'X-Frontend-Token': `${token}x` } })
    expect(forged.status).toBe(429)
  })
})
