import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { staffRole } from '../access/roles'
import { idKindForAdapter, isValidId } from '../lib/requests/id-format'
import { checkPaging, idComparisons, MAX_LIMIT, STAFF_MAX_LIMIT } from '../lib/requests/read-limits'
import { malformedWhere } from '../lib/requests/query-shape'
import { checkQueryPaths } from './check-query-paths'

/** How deep an anonymous request may populate relationships: enough for an article page. */
export const ANONYMOUS_MAX_DEPTH = 2

/**
 * Bounds on reads that come from outside (REST and GraphQL; the Local API is trusted):
 * - REST: the client's own `page`, `limit` (to MAX_LIMIT; staff, whose admin asks for more, to
 *   STAFF_MAX_LIMIT) and `pagination` parameters (read from the query string,
 *   so Payload's and our own nested reads on the same request are never mistaken for the client's)
 *   must be in range, and `pagination=false` is for staff only; otherwise a 400 that says so;
 * - GraphQL: `page` and `limit` arguments in range (400 otherwise); a non-staff `pagination: false`
 *   is held to MAX_LIMIT rows instead of all of them;
 * - IDs compared in `where` must look like IDs, else a 400 naming the parameter (the database would
 *   otherwise fail on the type);
 * - every field path in `where` and `sort` must be readable to the requester, at every depth, and
 *   every comparison well-formed (./check-query-paths);
 * - anonymous `depth` is lowered to ANONYMOUS_MAX_DEPTH, not refused, so a greedy front end still
 *   gets its answer.
 */
export const guardReadArgs: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if ((operation !== 'read' && operation !== 'count') || (req.payloadAPI !== 'REST' && req.payloadAPI !== 'GraphQL')) return args
  const readArgs = args as {
    page?: unknown
    limit?: unknown
    where?: unknown
    depth?: unknown
    pagination?: unknown
    currentDepth?: unknown
    disableErrors?: unknown
  }
  // Relationship population runs nested finds on the same request (with `currentDepth` set and
  // `pagination: false`): those are Payload's own, not the client's, and are not second-guessed.
  if (readArgs.currentDepth !== undefined || readArgs.disableErrors === true) return args
  // Our own services read with overrideAccess on the client's request (the comment endpoints, for
  // one): their queries are the code's, not the client's.
  if ((args as { overrideAccess?: unknown }).overrideAccess === true) return args
  const staff = staffRole(req.user) !== null
  let guarded = args

  if (req.payloadAPI === 'REST') {
    const query = (req.query ?? {}) as { page?: unknown; limit?: unknown; pagination?: unknown }
    const problem = checkPaging(query, staff ? STAFF_MAX_LIMIT : MAX_LIMIT)
    if (problem) throw new APIError(problem.message, 400, { parameter: problem.parameter }, true)
    if ((query.pagination === false || query.pagination === 'false') && !staff) {
      throw new APIError(
        'pagination=false is for staff only: page through results with page and limit.',
        400,
        { parameter: 'pagination' },
        true,
      )
    }
  } else {
    const problem = checkPaging(readArgs, staff ? STAFF_MAX_LIMIT : MAX_LIMIT)
    if (problem) throw new APIError(problem.message, 400, { parameter: problem.parameter }, true)
    if (readArgs.pagination === false && !staff && !readArgs.limit) guarded = { ...guarded, limit: MAX_LIMIT }
  }

  const malformed = malformedWhere(readArgs.where)
  if (malformed) throw new APIError(malformed.message, 400, { parameter: malformed.parameter }, true)

  const kind = idKindForAdapter(req.payload.db.name)
  const idFields = new Set(
    collection.flattenedFields
      .filter((field) => (field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string')
      .map((field) => field.name),
  )
  for (const { path, value } of idComparisons(readArgs.where, idFields)) {
    if (!isValidId(value, kind)) {
      throw new APIError(
        `${path}: ${JSON.stringify(String(value).slice(0, 64))} is not a valid document ID.`,
        400,
        { parameter: path },
        true,
      )
    }
  }

  await checkQueryPaths(collection, req, readArgs.where, (readArgs as { sort?: unknown }).sort ?? req.query?.sort)

  const depth = Number(readArgs.depth ?? req.query?.depth)
  if (!req.user && Number.isFinite(depth) && depth > ANONYMOUS_MAX_DEPTH) guarded = { ...guarded, depth: ANONYMOUS_MAX_DEPTH }
  return guarded
}
