import { describe, expect, it } from 'vitest'

import { decodeCursor, encodeCursor, isListingProblem, parseListingQuery, SORT_FIELDS } from '@/comments/domain'

describe('parseListingQuery', () => {
  it('defaults to newest first, page 1, the site page size', () => {
    expect(parseListingQuery({}, 20)).toEqual({ sort: 'newest', limit: 20, page: 1 })
  })

  it('reads sort, limit and page', () => {
    expect(parseListingQuery({ sort: 'top', limit: '5', page: '3' }, 20)).toEqual({ sort: 'top', limit: 5, page: 3 })
  })

  it('follows a cursor, and lets an explicit sort or page win over it', () => {
    const cursor = encodeCursor({ sort: 'replies', page: 4 })
    expect(parseListingQuery({ cursor }, 10)).toEqual({ sort: 'replies', limit: 10, page: 4 })
    expect(parseListingQuery({ cursor, page: '2' }, 10)).toMatchObject({ page: 2 })
  })

  it('names the parameter that is out of range', () => {
    for (const [query, parameter] of [
      [{ sort: 'random' }, 'sort'],
      [{ limit: '0' }, 'limit'],
      [{ limit: '1.5' }, 'limit'],
      [{ limit: '101' }, 'limit'],
      [{ page: '0' }, 'page'],
      [{ page: 'two' }, 'page'],
      [{ cursor: 'not-a-cursor' }, 'cursor'],
    ] as const) {
      const result = parseListingQuery(query, 20)
      expect(isListingProblem(result) && result.parameter).toBe(parameter)
    }
  })

  it('keeps a silly site page size within bounds', () => {
    expect(parseListingQuery({}, 5000)).toMatchObject({ limit: 100 })
    expect(parseListingQuery({}, 0)).toMatchObject({ limit: 1 })
  })
})

describe('cursors', () => {
  it('round-trips and refuses forged ones', () => {
    expect(decodeCursor(encodeCursor({ sort: 'oldest', page: 7 }))).toEqual({ sort: 'oldest', page: 7 })
    expect(decodeCursor(Buffer.from(JSON.stringify({ s: 'oldest', p: 0 })).toString('base64url'))).toBeNull()
    expect(decodeCursor(Buffer.from(JSON.stringify({ s: 'evil', p: 1 })).toString('base64url'))).toBeNull()
    expect(decodeCursor('%%%')).toBeNull()
  })
})

describe('SORT_FIELDS', () => {
  it('puts featured comments first and breaks ties by id so pages never overlap', () => {
    for (const fields of Object.values(SORT_FIELDS)) {
      expect(fields[0]).toBe('-featured')
      expect(fields.at(-1)).toMatch(/^-?id$/)
    }
  })
})
