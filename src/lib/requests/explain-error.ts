/**
 * Turns errors that are really the client's fault into a 4xx with a message a front-end developer
 * can act on. Everything else stays a 500 with its details hidden. Pure: no Payload import.
 */
import { isJsonObject } from '../json/is-json-object'

export type Explained = { status: number; message: string }

const INVALID_JSON =
  'The request body (or a JSON query parameter) is not valid JSON: check quotes, commas and brackets, and send Content-Type: application/json.'

/**
 * The database is down or restarting: socket errors, PostgreSQL's shutdown and connection-class
 * SQLSTATEs (57P01-03, 08xxx), a busy SQLite file, MongoDB's network errors. Worth a retry, not a 500.
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  '57P01',
  '57P02',
  '57P03',
  'SQLITE_BUSY',
])
// Matched anywhere: Payload rewraps some without a cause ("cannot begin transaction: the database
// system is shutting down").
const UNAVAILABLE_MESSAGES = [
  // @payloadcms/drizzle's beginTransaction rethrows every failure to start a transaction as
  // `new Error('Error: cannot begin transaction: ' + err.message)`, dropping `cause` and `code`.
  // When the pooled connection was handed out but died before BEGIN ran (a restart's 57P01 or
  // "Connection terminated"), drizzle's message is only "Failed query: begin\nparams: ": the outage
  // is in the dropped cause, not the text. BEGIN carries nothing from the request, so its failure
  // is always the database (or the pool) being unavailable.
  /cannot begin transaction/,
  // The same for COMMIT (src/db/failed-commits.ts): the connection or server went with it; nothing was saved.
  /Transaction commit failed/,
  /Connection terminated/, // node-postgres, when the server closes a connection mid-query
  /timeout exceeded when trying to connect/, // node-postgres pool
  /Client has encountered a connection error and is not queryable/,
  /terminating connection due to administrator command/,
  /the database system is (shutting down|starting up|not yet accepting connections|in recovery mode)/,
  /connect ECONNREFUSED/,
]
const UNAVAILABLE_NAMES = new Set(['MongoNetworkError', 'MongoServerSelectionError', 'MongoNotConnectedError'])
export const DATABASE_UNAVAILABLE: Explained = {
  status: 503,
  message: 'The database is unavailable for a moment (restarting or overloaded): retry after the number of seconds in Retry-After.',
}

export const STORAGE_UNAVAILABLE: Explained = {
  status: 503,
  message: 'Media storage is unavailable for a moment: nothing was saved. Retry after the number of seconds in Retry-After.',
}

/** PostgreSQL SQLSTATEs that mean "this value does not fit that column". */
const PG_BAD_VALUE = new Set(['22P02', '22003', '22007', '22008', '22001', '2201W', '2201X'])

function chain(error: unknown): Record<string, unknown>[] {
  const links: Record<string, unknown>[] = []
  let current: unknown = error
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    links.push(current as Record<string, unknown>)
    // GraphQL hands the hook its own error, with what the resolver threw as `originalError`.
    const link = current as { cause?: unknown; originalError?: unknown }
    current = link.cause ?? link.originalError
  }
  return links
}

export const BODY_NOT_AN_OBJECT: Explained = {
  status: 400,
  message: 'The request body must be a JSON object: the fields to save, e.g. {"displayName": "Rita"}.',
}

/**
 * A write whose JSON body is not an object (`false`, `1`, `"x"`, `null`): Payload's create fails on
 * it before any hook runs, so the failure is explained after the fact, whatever it was.
 */
export function explainWriteBody(method: string | undefined, body: unknown): Explained | undefined {
  if (method !== 'POST' && method !== 'PATCH' && method !== 'PUT') return undefined
  if (body === undefined) return undefined
  return isJsonObject(body) ? undefined : BODY_NOT_AN_OBJECT
}

export function explainError(error: unknown): Explained | undefined {
  const links = chain(error)
  const first = links[0]
  if (!first) return undefined
  if (error instanceof SyntaxError || (first.message === 'Invalid JSON' && first.status === 400)) {
    return { status: 400, message: INVALID_JSON }
  }
  // A date field given text that is no date ("t") fails where Payload turns it into ISO text.
  if (links.some((link) => link.name === 'RangeError' && link.message === 'Invalid time value')) {
    return { status: 400, message: 'A date in the request is not a valid date: send ISO 8601, such as 2026-12-06T09:00:00Z.' }
  }
  // The AWS SDK marks every error it throws (network or service) with `$metadata`: media storage,
  // not the database, failed (an upload rolls back whole).
  if (links.some((link) => '$metadata' in link)) return STORAGE_UNAVAILABLE
  for (const link of links) {
    const code = typeof link.code === 'string' ? link.code : ''
    const message = typeof link.message === 'string' ? link.message : ''
    if (
      UNAVAILABLE_CODES.has(code) ||
      code.startsWith('08') ||
      UNAVAILABLE_NAMES.has(String(link.name)) ||
      UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))
    ) {
      return DATABASE_UNAVAILABLE
    }
    if (PG_BAD_VALUE.has(code)) {
      return {
        status: 400,
        message: 'A value in the request does not fit the field it is compared with or written to (wrong type or out of range).',
      }
    }
    if (code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      return { status: 400, message: 'The request refers to a document that does not exist.' }
    }
    if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || link.code === 11000) {
      return { status: 409, message: 'A document with the same unique value already exists.' }
    }
  }
  return undefined
}
