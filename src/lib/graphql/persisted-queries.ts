import { createHash } from 'node:crypto'

import type { GraphQLRequestBody } from './get-request'

/** The answer to a hash the store does not hold, as Apollo's and other clients expect it: they then send the query with it. */
export const PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND'

export type PersistedOutcome = { body: GraphQLRequestBody } | { error: { message: string; code: string; status: number } }

const SHA256 = /^[a-f0-9]{64}$/
/** Longer documents are run but not kept: a store of a few thousand ordinary queries stays a few megabytes. */
const MAX_KEPT_QUERY_LENGTH = 20_000

/**
 * Automatic persisted queries (Apollo's protocol, `extensions.persistedQuery.sha256Hash`): a
 * client sends the hash alone (short, and a GET a cache can keep); the first time, the store says
 * it does not know it, and the client sends query and hash together, which the store checks and
 * keeps. Kept per process, the most recently used first out of the door: another process learns a
 * hash the same way.
 */
export class PersistedQueries {
  private readonly queries = new Map<string, string>()

  constructor(private readonly capacity = 5_000) {}

  resolve(body: GraphQLRequestBody): PersistedOutcome {
    const persisted = body.extensions?.persistedQuery as { version?: unknown; sha256Hash?: unknown } | undefined
    if (persisted === undefined) return { body }
    if (persisted.version !== 1) return refuse('Only version 1 of persisted queries is supported.', 'PERSISTED_QUERY_VERSION')
    const hash = persisted.sha256Hash
    if (typeof hash !== 'string' || !SHA256.test(hash))
      return refuse('"extensions.persistedQuery.sha256Hash" must be the SHA-256 of the query, in lowercase hex.', 'BAD_PERSISTED_QUERY')
    if (typeof body.query === 'string') {
      if (createHash('sha256').update(body.query).digest('hex') !== hash)
        return refuse('The query does not match its "sha256Hash": hash the exact query text sent.', 'PERSISTED_QUERY_HASH_MISMATCH')
      if (body.query.length <= MAX_KEPT_QUERY_LENGTH) this.keep(hash, body.query)
      return { body }
    }
    const query = this.queries.get(hash)
    if (query === undefined) return { error: { message: 'PersistedQueryNotFound', code: PERSISTED_QUERY_NOT_FOUND, status: 200 } }
    this.keep(hash, query) // used again: last out
    return { body: { ...body, query } }
  }

  private keep(hash: string, query: string): void {
    this.queries.delete(hash)
    this.queries.set(hash, query)
    if (this.queries.size > this.capacity) this.queries.delete(this.queries.keys().next().value!)
  }
}

function refuse(message: string, code: string): PersistedOutcome {
  return { error: { message, code, status: 400 } }
}
