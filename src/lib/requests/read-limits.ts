/**
 * Bounds on list reads from outside (REST and GraphQL). Pure: the Payload hook that applies them
 * lives in src/hooks/guard-read-args.ts.
 */
import { whereComparisons } from './query-shape'

export const MAX_PAGE = 100_000
export const MAX_LIMIT = 100
/**
 * Staff read through the admin, which asks for more at once: its relationship columns look up the
 * names of up to 250 linked documents in one request (`limit=250&where[id][in]=…`).
 */
export const STAFF_MAX_LIMIT = 1000

export type ReadArgsProblem = { parameter: 'page' | 'limit'; message: string }

function asNumber(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined
  return typeof value === 'number' ? value : Number(value)
}

/** Returns what is wrong with `page` and `limit`, or nothing when both are usable. */
export function checkPaging(args: { page?: unknown; limit?: unknown }, maxLimit = MAX_LIMIT): ReadArgsProblem | undefined {
  const page = asNumber(args.page)
  if (page !== undefined && (!Number.isInteger(page) || page < 1 || page > MAX_PAGE)) {
    return { parameter: 'page', message: `page must be a whole number from 1 to ${MAX_PAGE}.` }
  }
  const limit = asNumber(args.limit)
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0 || limit > maxLimit)) {
    return { parameter: 'limit', message: `limit must be a whole number from 0 to ${maxLimit} (0 means the default page size).` }
  }
  return undefined
}

const ID_OPERATORS = new Set(['equals', 'not_equals', 'in', 'not_in'])

/**
 * Every value a `where` compares with an ID (the `id` field, or a field named in `idFields`),
 * with its path, so malformed IDs get a clear 400 instead of a database type error.
 */
export function idComparisons(where: unknown, idFields: ReadonlySet<string>): { path: string; value: unknown }[] {
  return whereComparisons(where)
    .filter(({ path, operator }) => (path === 'id' || path.endsWith('.id') || idFields.has(path)) && ID_OPERATORS.has(operator))
    .flatMap(({ operator, value: operand, parameter }) => {
      const values = Array.isArray(operand)
        ? operand
        : typeof operand === 'string' && operator.endsWith('in')
          ? operand.split(',')
          : [operand]
      return values.filter((value) => value !== null).map((value) => ({ path: parameter, value }))
    })
}
