import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { staffRole } from '../access/roles'
import { idKindForAdapter, isValidId } from '../lib/requests/id-format'
import { checkPaging, idComparisons } from '../lib/requests/read-limits'

/** How deep an anonymous request may populate relationships: enough for an article page. */
export const ANONYMOUS_MAX_DEPTH = 2

/**
 * Bounds on reads that come from outside (REST and GraphQL; the Local API is trusted):
 * - `page` and `limit` within range, and no `pagination=false` for non-staff, else a 400 that says so;
 * - IDs compared in `where` must look like IDs, else a 400 naming the parameter (the database would
 *   otherwise fail on the type);
 * - anonymous `depth` is lowered to ANONYMOUS_MAX_DEPTH, not refused, so a greedy front end still
 *   gets its answer.
 * Our own Local API reads made while serving a request should not pass that request's `req` (unless
 * they need its transaction), or they are judged as the reader's.
 */
export const guardReadArgs: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'read' || (req.payloadAPI !== 'REST' && req.payloadAPI !== 'GraphQL')) return args
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

  const problem = checkPaging(readArgs)
  if (problem) throw new APIError(problem.message, 400, { parameter: problem.parameter }, true)
  if (readArgs.pagination === false && staffRole(req.user) === null) {
    throw new APIError('pagination=false is for staff only: page through results with page and limit.', 400, { parameter: 'pagination' }, true)
  }

  const kind = idKindForAdapter(req.payload.db.name)
  const idFields = new Set(
    collection.flattenedFields
      .filter((field) => (field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string')
      .map((field) => field.name),
  )
  for (const { path, value } of idComparisons(readArgs.where, idFields)) {
    if (!isValidId(value, kind)) {
      throw new APIError(`${path}: ${JSON.stringify(String(value).slice(0, 64))} is not a valid document ID.`, 400, { parameter: path }, true)
    }
  }

  const depth = Number(readArgs.depth ?? req.query?.depth)
  if (!req.user && Number.isFinite(depth) && depth > ANONYMOUS_MAX_DEPTH) return { ...args, depth: ANONYMOUS_MAX_DEPTH }
  return args
}
