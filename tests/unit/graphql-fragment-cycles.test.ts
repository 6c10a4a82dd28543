import { buildSchema, parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'

import { fragmentCycles, refuseFragmentCycles } from '@/lib/graphql/fragment-cycles'

const schema = buildSchema('type Query { a: Int, q: Query }')

describe('fragment cycles', () => {
  it('finds fragments that loop, directly, through others and through inline fragments', () => {
    expect(fragmentCycles(parse('query { ...A } fragment A on Query { ...A }'))).toEqual(['A'])
    expect(
      fragmentCycles(parse('query { ...A } fragment A on Query { q { ...B } } fragment B on Query { ... on Query { ...A } }')).sort(),
    ).toEqual(['A', 'B'])
    expect(fragmentCycles(parse('query { ...A ...B } fragment A on Query { a } fragment B on Query { ...A }'))).toEqual([])
  })

  it('reports the loop and cuts it, so later rules see none', () => {
    const document = parse('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }')
    const errors = validate(schema, document, [refuseFragmentCycles])
    expect(errors.map((error) => error.message)).toEqual(['Fragments A, B spread into themselves: a query may not loop.'])
    expect(fragmentCycles(document)).toEqual([])
  })
})
