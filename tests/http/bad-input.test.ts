import { beforeAll, describe, expect, it } from 'vitest'

import { baseUrl, graphql, loginAs, request } from './helpers/client'

/**
 * Bad input over REST and GraphQL: each gets a 4xx whose message names the field, never a 500, and
 * nothing is written. "Nothing written" is checked by counting every article (drafts included).
 */
let token: string
let valid: { section: string; image: string; author: string }

async function articleCount(): Promise<number> {
  const response = await request<{ totalDocs: number }>('/api/articles?limit=1&depth=0&draft=true', { token })
  return response.body.totalDocs
}

function restCreate(body: unknown) {
  return request<{ errors: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }>('/api/articles', {
    method: 'POST',
    json: body,
    token,
  })
}

const fieldPaths = (body: { errors: { data?: { errors?: { path: string }[] } }[] }) =>
  body.errors.flatMap((error) => error.data?.errors?.map((fieldError) => fieldError.path) ?? [])

function validArticle(overrides: Record<string, unknown> = {}) {
  return {
    title: `Bad input probe ${Math.random().toString(36).slice(2)}`,
    _status: 'published',
    section: valid.section,
    hero: { image: valid.image },
    authors: [valid.author],
    ...overrides,
  }
}

beforeAll(async () => {
  token = await loginAs('editor')
  const first = async (collection: string) =>
    (await request<{ docs: { id: string }[] }>(`/api/${collection}?limit=1&depth=0`)).body.docs[0].id
  valid = { section: await first('sections'), image: await first('media'), author: await first('authors') }
})

describe('bad input over REST', () => {
  it('malformed JSON: 400 saying the body is not valid JSON', async () => {
    const before = await articleCount()
    const response = await fetch(`${baseUrl()}/api/articles`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: '{"title": "unterminated",',
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toMatch(/not valid JSON/)
    expect(await articleCount()).toBe(before)
  })

  it.each(['false', '1', '"text"', 'null'])('a JSON body that is not an object (%s): 400 saying so, nothing written', async (body) => {
    const before = await articleCount()
    for (const path of ['/api/articles', '/api/readers']) {
      const response = await fetch(`${baseUrl()}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body,
      })
      expect(response.status, path).toBe(400)
      expect(JSON.stringify(await response.json())).toMatch(/must be a JSON object/)
    }
    expect(await articleCount()).toBe(before)
  })

  it.each([[1, 2], { $gt: '' }, 5])('an e-mail that is not text (%j) on a sign-up: 400 naming email', async (email) => {
    const response = await request<{ errors: { message: string; data?: { parameter?: string } }[] }>('/api/readers', {
      method: 'POST',
      json: { displayName: 'Typed Reader', email, password: 'a-long-password-1' },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(400)
    expect(response.body.errors[0].data?.parameter).toBe('email')
  })

  it('wrong types: 400 naming each field', async () => {
    const before = await articleCount()
    const response = await restCreate(validArticle({ featured: 'yes', commentsMode: 'sometimes' }))
    expect(response.status).toBe(400)
    expect(fieldPaths(response.body)).toEqual(expect.arrayContaining(['featured', 'commentsMode']))
    expect(await articleCount()).toBe(before)
  })

  it('a dek over 300 characters: 400 naming dek', async () => {
    const response = await restCreate(validArticle({ dek: 'x'.repeat(301) }))
    expect(response.status).toBe(400)
    expect(fieldPaths(response.body)).toContain('dek')
  })

  it('a missing required field: 400 naming it', async () => {
    const { section: _omitted, ...withoutSection } = validArticle()
    const response = await restCreate(withoutSection)
    expect(response.status).toBe(400)
    expect(fieldPaths(response.body)).toContain('section')
  })

  it('a duplicate slug: 400 naming slug, and the first article untouched', async () => {
    const first = await restCreate(validArticle({ slug: `dup-probe-${Date.now()}` }))
    expect(first.status).toBe(201)
    const before = await articleCount()
    const second = await restCreate(validArticle({ slug: (first.body as unknown as { doc: { slug: string } }).doc.slug }))
    expect(second.status).toBe(400)
    expect(fieldPaths(second.body)).toContain('slug')
    expect(await articleCount()).toBe(before)
  })

  it('references to documents that do not exist or are not IDs: 400 naming the field, nothing written', async () => {
    const before = await articleCount()
    for (const authors of [['nope'], ['00000000-0000-4000-8000-000000000000'], [{ $ne: null }]]) {
      const response = await restCreate(validArticle({ authors }))
      expect(response.status).toBe(400)
      expect(fieldPaths(response.body)).toContain('authors.0')
    }
    const draft = await request('/api/articles?draft=true', { method: 'POST', token, json: { title: 'Draft probe', section: 'nope' } })
    expect(draft.status).toBe(400)
    expect(await articleCount()).toBe(before)
  })

  it.each([
    ['where[title][foo]=x', /title\.foo/],
    ['where[nosuchfield][equals]=x', /nosuchfield/],
    ['where[id][in]=abc,def', /where\[id\]\[in\].*not a valid document ID/],
    ['where[section][not_in]=zzz', /where\[section\]\[not_in\]/],
    ['page=99999999999999999999', /page must be/],
    ['limit=-5', /limit must be/],
    ['limit=5000', /limit must be/],
    ['pagination=false', /pagination=false/],
  ])('query %s: 400 with a message naming it', async (query, message) => {
    const response = await request<{ errors: { message: string }[] }>(`/api/articles?${query}`)
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(message)
  })
})

describe('bad input over GraphQL', () => {
  const create = `mutation Create($data: mutationArticleInput!) { createArticle(data: $data) { id slug } }`

  it('wrong types: refused before anything runs, naming the field', async () => {
    const before = await articleCount()
    const response = await graphql(create, { data: validArticle({ featured: 'yes' }) }, token)
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(response.body.errors?.[0].message).toMatch(/featured/)
    expect(await articleCount()).toBe(before)
  })

  it('a dek over 300 characters and a missing section: errors naming the fields', async () => {
    const long = await graphql(create, { data: validArticle({ dek: 'x'.repeat(301) }) }, token)
    expect(JSON.stringify(long.body.errors)).toMatch(/dek/i)
    expect(long.body.errors?.[0].extensions?.statusCode).toBe(400)
    const { section: _omitted, ...withoutSection } = validArticle()
    const missing = await graphql(create, { data: withoutSection }, token)
    expect(JSON.stringify(missing.body.errors)).toMatch(/section/i)
  })

  it('a duplicate slug and a dangling reference: 400 errors naming the fields', async () => {
    const slug = `gql-dup-${Date.now()}`
    const first = await graphql<{ createArticle: { slug: string } }>(create, { data: validArticle({ slug }) }, token)
    expect(first.body.data?.createArticle.slug).toBe(slug)
    const before = await articleCount()
    const duplicate = await graphql(create, { data: validArticle({ slug }) }, token)
    expect(JSON.stringify(duplicate.body.errors)).toMatch(/slug/i)
    const dangling = await graphql(create, { data: validArticle({ authors: ['00000000-0000-4000-8000-000000000000'] }) }, token)
    expect(JSON.stringify(dangling.body.errors)).toMatch(/authors/i)
    expect(dangling.body.errors?.[0].extensions?.statusCode).toBe(400)
    expect(await articleCount()).toBe(before)
  })

  it('an unknown where operator or a malformed ID in where: an error, not a 500', async () => {
    const unknown = await graphql('{ Articles(where: { title: { foo: "x" } }) { totalDocs } }')
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors?.[0].message).toMatch(/foo/)
    const badId = await graphql('{ Articles(where: { id: { in: ["abc"] } }) { totalDocs } }')
    expect(badId.status).toBeLessThan(500)
    expect(JSON.stringify(badId.body.errors)).toMatch(/not a valid document ID/)
  })

  it('malformed JSON: 400', async () => {
    const response = await fetch(`${baseUrl()}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"query": ',
    })
    expect(response.status).toBe(400)
  })
})
