import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'

import { cachePolicy } from '@/lib/cache/policy'
import { cacheTags, withGraphql } from '@/lib/cache/tags'
import { requestFromSearch } from '@/lib/graphql/get-request'
import { PERSISTED_QUERY_NOT_FOUND, PersistedQueries } from '@/lib/graphql/persisted-queries'

const QUERY = 'query Story($slug: String) { Articles(where: { slug: { equals: $slug } }) { docs { title } } }'
const HASH = createHash('sha256').update(QUERY).digest('hex')
const persisted = (sha256Hash: unknown = HASH, version: unknown = 1) => ({ persistedQuery: { version, sha256Hash } })

describe('GraphQL by GET', () => {
  it('reads query, operationName, and variables and extensions as JSON objects', () => {
    const search = new URLSearchParams({ query: QUERY, operationName: 'Story', variables: '{"slug":"a"}' })
    expect(requestFromSearch(search)).toEqual({ body: { query: QUERY, operationName: 'Story', variables: { slug: 'a' } } })
    expect(requestFromSearch(new URLSearchParams({ extensions: JSON.stringify(persisted()) }))).toEqual({
      body: { extensions: persisted() },
    })
  })

  it('says which parameter is wrong', () => {
    expect(requestFromSearch(new URLSearchParams({ query: QUERY, variables: '{slug' }))).toEqual({
      error: expect.stringContaining('"variables" is not valid JSON'),
    })
    expect(requestFromSearch(new URLSearchParams({ query: QUERY, variables: '[1]' }))).toEqual({
      error: '"variables" must be a JSON object.',
    })
    expect(requestFromSearch(new URLSearchParams())).toEqual({ error: expect.stringContaining('Send the operation as "query"') })
  })
})

describe('automatic persisted queries', () => {
  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND, learns it with its query, then runs the hash alone', () => {
    const store = new PersistedQueries()
    expect(store.resolve({ extensions: persisted() })).toEqual({
      error: { message: 'PersistedQueryNotFound', code: PERSISTED_QUERY_NOT_FOUND, status: 200 },
    })
    expect(store.resolve({ query: QUERY, extensions: persisted() })).toEqual({ body: { query: QUERY, extensions: persisted() } })
    expect(store.resolve({ extensions: persisted(), variables: { slug: 'a' } })).toEqual({
      body: { query: QUERY, extensions: persisted(), variables: { slug: 'a' } },
    })
  })

  it('refuses a hash that is not the query’s, a malformed hash and another protocol version', () => {
    const store = new PersistedQueries()
    const other = createHash('sha256').update('{ __typename }').digest('hex')
    expect(store.resolve({ query: QUERY, extensions: persisted(other) })).toMatchObject({
      error: { code: 'PERSISTED_QUERY_HASH_MISMATCH', status: 400 },
    })
    // A mismatch teaches nothing: the hash is still unknown.
    expect(store.resolve({ extensions: persisted(other) })).toMatchObject({ error: { code: PERSISTED_QUERY_NOT_FOUND } })
    expect(store.resolve({ extensions: persisted('ABC') })).toMatchObject({ error: { code: 'BAD_PERSISTED_QUERY', status: 400 } })
    expect(store.resolve({ extensions: persisted(HASH, 2) })).toMatchObject({ error: { code: 'PERSISTED_QUERY_VERSION' } })
  })

  it('keeps the most recently used queries up to its capacity', () => {
    const store = new PersistedQueries(2)
    const queries = ['{ a }', '{ b }', '{ c }'].map((query) => ({ query, hash: createHash('sha256').update(query).digest('hex') }))
    store.resolve({ query: queries[0].query, extensions: persisted(queries[0].hash) })
    store.resolve({ query: queries[1].query, extensions: persisted(queries[1].hash) })
    store.resolve({ extensions: persisted(queries[0].hash) }) // used again: now the newest
    store.resolve({ query: queries[2].query, extensions: persisted(queries[2].hash) })
    expect(store.resolve({ extensions: persisted(queries[1].hash) })).toMatchObject({ error: { code: PERSISTED_QUERY_NOT_FOUND } })
    expect(store.resolve({ extensions: persisted(queries[0].hash) })).toMatchObject({ body: { query: '{ a }' } })
  })

  it('leaves a request without a persisted query as it is', () => {
    const body = { query: QUERY }
    expect(new PersistedQueries().resolve(body)).toEqual({ body })
  })
})

describe('caching GraphQL reads', () => {
  it('caches GET /api/graphql under its own tag, and never the playground', () => {
    expect(cachePolicy('/api/graphql')).toEqual({ kind: 'api', tags: [cacheTags.graphql] })
    expect(cachePolicy('/api/graphql-playground')).toBeNull()
  })

  it('drops every cached GraphQL read with any purge a query could show, but not with a view-count flush', () => {
    expect(withGraphql(['article:1', 'api:articles'])).toEqual(['article:1', 'api:articles', 'graphql'])
    expect(withGraphql([cacheTags.site])).toEqual([cacheTags.site, 'graphql'])
    expect(withGraphql([cacheTags.viewCounts, cacheTags.mostRead])).toEqual([cacheTags.viewCounts, cacheTags.mostRead])
    expect(withGraphql(['graphql'])).toEqual(['graphql'])
  })
})
