import { describe, expect, it } from 'vitest'

import { operationCosts } from '@/lib/graphql/operation-costs'

describe('operationCosts', () => {
  it('counts a query as one read, however many fields it asks for', () => {
    expect(operationCosts({ query: '{ Articles { totalDocs } Tags { totalDocs } }' })).toEqual({ auth: 0, writes: 0, reads: 1 })
  })

  it('counts each root field of a mutation, auth mutations apart', () => {
    const query = `mutation {
      a: forgotPasswordReader(email: "a@example.test")
      b: forgotPasswordReader(email: "b@example.test")
      loginUser(email: "x", password: "y") { token }
      createReader(data: { email: "c@example.test", displayName: "C", password: "p" }) { id }
      postComment(article: "1", body: "Hi") { message }
      __typename
    }`
    expect(operationCosts({ query })).toEqual({ auth: 4, writes: 1, reads: 0 })
  })

  it('follows fragments and inline fragments on the mutation root', () => {
    const query = `mutation { ...Twice ... on Mutation { verifyEmailReader(token: "t") } }
      fragment Twice on Mutation { x: resetPasswordReader(token: "t", password: "p") { token } ...Twice }`
    expect(operationCosts({ query })).toEqual({ auth: 2, writes: 0, reads: 0 })
  })

  it('picks the named operation from a document of several, and counts a batch element by element', () => {
    const document = 'query Read { Articles { totalDocs } } mutation Forgot { forgotPasswordUser(email: "x") }'
    expect(operationCosts({ query: document, operationName: 'Forgot' })).toEqual({ auth: 1, writes: 0, reads: 0 })
    expect(
      operationCosts([
        { query: document, operationName: 'Read' },
        { query: document, operationName: 'Forgot' },
      ]),
    ).toEqual({
      auth: 1,
      writes: 0,
      reads: 1,
    })
  })

  it('counts what GraphQL will refuse as one read', () => {
    expect(operationCosts(null)).toEqual({ auth: 0, writes: 0, reads: 1 })
    expect(operationCosts({ query: 'mutation {' })).toEqual({ auth: 0, writes: 0, reads: 1 })
  })
})
