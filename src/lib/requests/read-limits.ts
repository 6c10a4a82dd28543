/**
 * Bounds on list reads from outside (REST and GraphQL). Pure: the Payload hook that applies them
 * lives in src/hooks/guard-read-args.ts.
 */
export const MAX_PAGE = 100_000
export const MAX_LIMIT = 100

export type ReadArgsProblem = { parameter: 'page' | 'limit'; message: string }

function asNumber(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined
  return typeof value === 'number' ? value : Number(value)
}

/** Returns what is wrong with `page` and `limit`, or nothing when both are usable. */
export function checkPaging(args: { page?: unknown; limit?: unknown }): ReadArgsProblem | undefined {
  const page = asNumber(args.page)
  if (page !== undefined && (!Number.isInteger(page) || page < 1 || page > MAX_PAGE)) {
    return { parameter: 'page', message: `page must be a whole number from 1 to ${MAX_PAGE}.` }
  }
  const limit = asNumber(args.limit)
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0 || limit > MAX_LIMIT)) {
    return { parameter: 'limit', message: `limit must be a whole number from 0 to ${MAX_LIMIT} (0 means the default page size).` }
  }
  return undefined
}

type WhereLike = { [key: string]: unknown }
const ID_OPERATORS = new Set(['equals', 'not_equals', 'in', 'not_in'])

/**
 * Every value a `where` compares with an ID (the `id` field, or a field named in `idFields`),
 * with its path, so malformed IDs get a clear 400 instead of a database type error.
 */
export function idComparisons(where: unknown, idFields: ReadonlySet<string>, prefix = 'where'): { path: string; value: unknown }[] {
  if (!where || typeof where !== 'object') return []
  const found: { path: string; value: unknown }[] = []
  for (const [key, condition] of Object.entries(where as WhereLike)) {
    if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
      condition.forEach((branch, index) => found.push(...idComparisons(branch, idFields, `${prefix}[${key}][${index}]`)))
      continue
    }
    const target = key.endsWith('.id') ? 'id' : key
    if (target !== 'id' && !idFields.has(key)) continue
    if (!condition || typeof condition !== 'object') continue
    for (const [operator, operand] of Object.entries(condition as WhereLike)) {
      if (!ID_OPERATORS.has(operator)) continue
      const values = Array.isArray(operand) ? operand : typeof operand === 'string' && operator.endsWith('in') ? operand.split(',') : [operand]
      for (const value of values) {
        if (value === null) continue
        found.push({ path: `${prefix}[${key}][${operator}]`, value })
      }
    }
  }
  return found
}
