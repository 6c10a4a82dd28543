import { describe, expect, it } from 'vitest'

import { comparisonProblem, malformedWhere, queriedPaths, whereComparisons } from '@/lib/requests/query-shape'

describe('queriedPaths', () => {
  it('collects whole field paths from nested where clauses and sort strings', () => {
    const where = {
      or: [{ guestEmail: { equals: 'x' } }, { and: [{ 'author.email': { like: 'a' } }, { status: { equals: 'approved' } }] }],
    }
    expect(queriedPaths(where, '-ipHash,author.salt').sort()).toEqual(['author.email', 'author.salt', 'guestEmail', 'ipHash', 'status'])
    expect(queriedPaths(undefined, ['-score', '+id'])).toEqual(['score', 'id'])
    expect(queriedPaths('nonsense', 42)).toEqual([])
  })

  it('reads and/or given as objects too (qs turns or[0]=… into an object when indexes skip)', () => {
    expect(whereComparisons({ or: { 0: { title: { equals: 'a' } } } })).toEqual([
      { path: 'title', operator: 'equals', value: 'a', parameter: 'where[or][0][title][equals]' },
    ])
  })
})

describe('comparisonProblem', () => {
  const problem = (operator: string, value: unknown, type = 'text') =>
    comparisonProblem({ path: 'title', operator, value, parameter: `where[title][${operator}]` }, type)

  it('takes what each operator takes', () => {
    expect(problem('equals', 'x')).toBeUndefined()
    expect(problem('greater_than', 3, 'number')).toBeUndefined()
    expect(problem('in', 'a,b')).toBeUndefined()
    expect(problem('in', ['a', 'b'])).toBeUndefined()
    expect(problem('exists', 'true')).toBeUndefined()
    expect(problem('near', '1,2,100', 'point')).toBeUndefined()
  })

  it('refuses objects where one value belongs, map queries on fields that are not points, and odd exists', () => {
    expect(problem('equals', { $ne: '' })).toMatch(/^where\[title\]\[equals\] takes one value/)
    expect(problem('like', ['a'])).toMatch(/takes one value/)
    expect(problem('in', [{ $gt: 1 }])).toMatch(/takes a list/)
    expect(problem('near', '1,1', 'text')).toMatch(/not a point field/)
    expect(problem('within', { type: 'Polygon' }, 'text')).toMatch(/not a point field/)
    expect(problem('exists', 'maybe')).toMatch(/true or false/)
  })
})

describe('malformedWhere', () => {
  it('names a field given null or a bare value instead of operators', () => {
    expect(malformedWhere({ breaking: null })).toMatchObject({ parameter: 'where[breaking]' })
    expect(malformedWhere({ title: 'x' })?.message).toMatch(/object of operators/)
    expect(malformedWhere({ and: [{ title: { equals: 'x' } }, { slug: null }] })).toMatchObject({ parameter: 'where[and][1][slug]' })
  })

  it('names an and/or without a list, or with an empty branch', () => {
    expect(malformedWhere({ OR: null })).toMatchObject({ parameter: 'where[OR]' })
    expect(malformedWhere({ AND: [null] })).toMatchObject({ parameter: 'where[AND][0]' })
  })

  it('accepts what Payload can read, including a comparison with null', () => {
    expect(malformedWhere(undefined)).toBeUndefined()
    expect(malformedWhere({ title: { equals: null }, or: [{ slug: { exists: true } }] })).toBeUndefined()
  })
})
