import { describe, expect, it } from 'vitest'

import { graphqlResponseStatus } from '@/lib/graphql/response-status'

describe('graphqlResponseStatus', () => {
  it('keeps 200 for success and for partial success', () => {
    expect(graphqlResponseStatus({ data: { Articles: { totalDocs: 3 } } }, 200)).toBe(200)
    expect(
      graphqlResponseStatus({ data: { a: { id: 1 }, b: null }, errors: [{ message: 'x', extensions: { statusCode: 403 } }] }, 200),
    ).toBe(200)
  })

  it('answers 400 when the operation could not run at all', () => {
    expect(graphqlResponseStatus({ errors: [{ message: 'Syntax Error' }] }, 200)).toBe(400)
    expect(graphqlResponseStatus({ data: null, errors: [{ message: 'Field "foo" is not defined' }] }, 200)).toBe(400)
  })

  it('carries the client error of a failed operation', () => {
    const refused = {
      data: { createArticle: null },
      errors: [{ message: 'invalid', path: ['createArticle'], extensions: { statusCode: 400 } }],
    }
    expect(graphqlResponseStatus(refused, 200)).toBe(400)
    const forbidden = { data: { updateArticle: null }, errors: [{ message: 'nope', extensions: { statusCode: 403 } }] }
    expect(graphqlResponseStatus(forbidden, 200)).toBe(403)
  })

  it('reports a server failure as one, and leaves what it cannot read alone', () => {
    const failed = { data: { createArticle: null }, errors: [{ message: 'Something went wrong.', extensions: { statusCode: 500 } }] }
    expect(graphqlResponseStatus(failed, 200)).toBe(500)
    expect(graphqlResponseStatus({ data: { a: null }, errors: [{ message: 'no status' }] }, 200)).toBe(200)
    expect(graphqlResponseStatus('not json', 200)).toBe(200)
  })
})
