import { describe, expect, it } from 'vitest'

import { queriedFields } from '../../src/lib/requests/query-paths'

describe('queriedFields', () => {
  it('collects fields from nested where clauses and sort strings', () => {
    const where = { or: [{ guestEmail: { equals: 'x' } }, { and: [{ 'author.email': { like: 'a' } }, { status: { equals: 'approved' } }] }] }
    expect([...queriedFields(where, '-ipHash,createdAt')].sort()).toEqual(['author', 'createdAt', 'guestEmail', 'ipHash', 'status'])
    expect([...queriedFields(undefined, ['-score', '+id'])]).toEqual(['score', 'id'])
    expect(queriedFields('nonsense', 42).size).toBe(0)
  })
})
