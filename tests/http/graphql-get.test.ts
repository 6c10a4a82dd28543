import { createHash } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'

import { articles as demoArticles } from '@/seed/content/demo-content'
import { DEMO_PASSWORD } from '@/seed/demo-logins'
import { baseUrl, expectStatus, graphql, loginAs, request } from './helpers/client'

/**
 * GraphQL reads by GET and automatic persisted queries (issue 20, target 2): cached at the edge
 * like REST reads, with an ETag, purged by any change, and never for anyone signed in.
 */
const slug = demoArticles[1].slug
const QUERY = 'query Story($slug: String) { Articles(where: { slug: { equals: $slug } }) { docs { id title } } }'
const HASH = createHash('sha256').update(QUERY).digest('hex')
type StoryData = {
  data?: { Articles: { docs: { id: string; title: string }[] } }
  errors?: { message: string; extensions?: { code?: string } }[]
}

const get = (params: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl()}/api/graphql?${new URLSearchParams(params)}`, { headers })
const asStory = (params: Record<string, string> = {}) => ({ query: QUERY, variables: JSON.stringify({ slug }), ...params })

/** A purge landing while a read renders drops that copy: ask until one is kept (the jobs of other files purge too). */
async function untilCached(params: Record<string, string>): Promise<Response> {
  for (let tries = 0; tries < 40; tries++) {
    const response = await get(params)
    if (response.headers.get('x-cache') === 'HIT') return response
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error('the GraphQL read was never served from the cache')
}

let editor: string
beforeAll(async () => {
  editor = await loginAs('editor')
})

describe('GraphQL queries by GET', () => {
  it('answer what the POST answers, cached with an ETag and a 304', async () => {
    const posted = await graphql<StoryData['data']>(QUERY, { slug })
    const first = await get(asStory())
    expect(first.status).toBe(200)
    expect(await first.json()).toEqual(posted.body)
    const hit = await untilCached(asStory())
    expect(hit.headers.get('cache-control')).toMatch(/^public/)
    expect(hit.headers.get('cache-tag')).toContain('graphql')
    const etag = hit.headers.get('etag')!
    expect((await get(asStory(), { 'if-none-match': etag })).status).toBe(304)
  })

  it('show an edit on the next read', async () => {
    await untilCached(asStory())
    const story = ((await (await get(asStory())).json()) as StoryData).data!.Articles.docs[0]
    const title = `${story.title} (GraphQL ${Date.now()})`
    expect((await request(`/api/articles/${story.id}`, { method: 'PATCH', token: editor, json: { title } })).status).toBe(200)
    try {
      const after = (await (await get(asStory())).json()) as StoryData
      expect(after.data!.Articles.docs[0].title).toBe(title)
    } finally {
      expectStatus(await request(`/api/articles/${story.id}`, { method: 'PATCH', token: editor, json: { title: story.title } }), 200)
    }
  })

  it('refuse mutations with a 405 that says to POST them', async () => {
    const response = await get({ query: 'mutation { logoutUser }' })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('POST')
    expect(((await response.json()) as StoryData).errors?.[0].message).toBe('Mutations change data: send them by POST.')
  })

  it('name the parameter that is wrong, with a 400', async () => {
    const badJson = await get({ query: QUERY, variables: '{slug' })
    expect(badJson.status).toBe(400)
    expect(((await badJson.json()) as StoryData).errors?.[0].message).toMatch(/"variables" is not valid JSON/)
    const none = await get({})
    expect(none.status).toBe(400)
    expect(((await none.json()) as StoryData).errors?.[0].message).toMatch(/Send the operation as "query"/)
    const broken = await get({ query: '{ Articles { docs { title }' })
    expect(broken.status).toBe(400)
  })

  it('are never cached or shared for a login, by header or by cookie', async () => {
    const reader = await request<{ token: string }>('/api/readers/login', {
      method: 'POST',
      json: { email: 'reader@newsroom.test', password: DEMO_PASSWORD },
    })
    const logins: Record<string, string>[] = [
      { authorization: `JWT ${editor}` },
      { cookie: `payload-token=${reader.body.token}`, 'sec-fetch-site': 'same-origin' },
    ]
    for (const headers of logins) {
      const response = await get(asStory(), headers)
      expect(response.status).toBe(200)
      expect(response.headers.get('cache-control')).toBe('private, no-store')
      expect(response.headers.get('x-cache')).toBeNull()
    }
    // What only staff may read is refused to anonymous readers, and the refusal is not kept either.
    const hidden = await get({ query: '{ Readers { docs { email } } }' })
    expect(hidden.status).toBe(403)
    expect(JSON.stringify(await hidden.json())).not.toContain('@')
    expect(hidden.headers.get('cache-control')).toBe('no-store')
  })
})

describe('automatic persisted queries', () => {
  const byHash = { extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: HASH } }), variables: JSON.stringify({ slug }) }

  it('say an unknown hash is unknown (never cached), learn it from a POST with the query, then run and cache the hash alone', async () => {
    for (let i = 0; i < 2; i++) {
      const unknown = await get(byHash)
      expect(unknown.status).toBe(200)
      expect(unknown.headers.get('cache-control')).toBe('no-store')
      expect(unknown.headers.get('x-newsroom-no-store')).toBeNull()
      expect(((await unknown.json()) as StoryData).errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND')
    }
    const registered = await request<StoryData>('/api/graphql', {
      method: 'POST',
      json: { query: QUERY, variables: { slug }, extensions: { persistedQuery: { version: 1, sha256Hash: HASH } } },
    })
    expect(registered.status).toBe(200)
    expect(registered.body.data?.Articles.docs[0].id).toBeTruthy()
    const known = await get(byHash)
    expect(known.status).toBe(200)
    expect(((await known.json()) as StoryData).data).toEqual(registered.body.data)
    expect((await untilCached(byHash)).headers.get('cache-tag')).toContain('graphql')
    // By POST too, the hash alone runs the query.
    const posted = await request<StoryData>('/api/graphql', {
      method: 'POST',
      json: { variables: { slug }, extensions: { persistedQuery: { version: 1, sha256Hash: HASH } } },
    })
    expect(posted.body.data).toEqual(registered.body.data)
  })

  it('refuse a hash that is not the query’s, with a 400 saying so', async () => {
    const response = await request<StoryData>('/api/graphql', {
      method: 'POST',
      json: { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: HASH } } },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors?.[0].message).toMatch(/does not match its "sha256Hash"/)
  })
})
