/**
 * The shape of a client's `where`: which field paths it compares and how, and whether each
 * comparison's value has a shape its operator can take. Payload passes a value it does not expect
 * (an object to `equals`, a map query to a text field) to the database, which fails with a 500;
 * these checks turn that into a 400 naming the parameter. Pure: no Payload import.
 */
export type Comparison = { path: string; operator: string; value: unknown; parameter: string }

const SCALAR_OPERATORS = new Set([
  'equals',
  'not_equals',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])

const LOGICAL = /^(and|or)$/i

/**
 * A `where` whose structure Payload cannot read: a field given null or a bare value instead of an
 * object of operators (`{ breaking: null }` from GraphQL), or an and/or that holds no list of
 * conditions. Payload's query parser fails on these with a TypeError (a 500).
 */
export function malformedWhere(where: unknown, parameter = 'where'): { parameter: string; message: string } | undefined {
  if (where === undefined) return undefined
  if (where === null || typeof where !== 'object' || Array.isArray(where))
    return { parameter, message: `${parameter} must be an object of conditions, for example { "title": { "equals": "…" } }.` }
  for (const [key, condition] of Object.entries(where)) {
    const inner = `${parameter}[${key}]`
    if (LOGICAL.test(key)) {
      const branches = Array.isArray(condition) ? condition : condition && typeof condition === 'object' ? Object.values(condition) : null
      if (!branches) return { parameter: inner, message: `${inner} must be a list of conditions.` }
      for (const [index, branch] of branches.entries()) {
        const problem = malformedWhere(branch, `${inner}[${index}]`)
        if (problem) return problem
      }
      continue
    }
    if (condition === null || typeof condition !== 'object' || Array.isArray(condition))
      return {
        parameter: inner,
        message: `${inner} must be an object of operators, for example { "equals": … }, not ${JSON.stringify(condition)}.`,
      }
  }
  return undefined
}

/** Every field comparison in `where`, through `and`/`or`, with the query-string name of its parameter. */
export function whereComparisons(where: unknown, parameter = 'where'): Comparison[] {
  if (!where || typeof where !== 'object' || Array.isArray(where)) return []
  const found: Comparison[] = []
  for (const [key, condition] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const branches = Array.isArray(condition) ? condition : condition && typeof condition === 'object' ? Object.values(condition) : []
      branches.forEach((branch, index) => found.push(...whereComparisons(branch, `${parameter}[${key}][${index}]`)))
      continue
    }
    if (!condition || typeof condition !== 'object' || Array.isArray(condition)) continue
    for (const [operator, value] of Object.entries(condition)) {
      found.push({ path: key, operator, value, parameter: `${parameter}[${key}][${operator}]` })
    }
  }
  return found
}

/** Every field path `where` and `sort` name, whole (`author.email`, not `author`), without sort's sign. */
export function queriedPaths(where: unknown, sort: unknown): string[] {
  const paths = new Set(whereComparisons(where).map((comparison) => comparison.path))
  const sorts = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []
  for (const entry of sorts) {
    const path = String(entry).trim().replace(/^[-+]/, '')
    if (path) paths.add(path)
  }
  return [...paths]
}

const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value)

/** What is wrong with a comparison's value for its operator on a field of `fieldType`, or undefined. */
export function comparisonProblem(comparison: Comparison, fieldType: string | undefined): string | undefined {
  const { operator, value, parameter } = comparison
  if (GEO_OPERATORS.has(operator)) {
    return fieldType === 'point' ? undefined : `${parameter}: ${operator} compares map points, and this field is not a point field.`
  }
  if (SCALAR_OPERATORS.has(operator) && !isScalar(value)) {
    return `${parameter} takes one value (text, a number, true or false), not an object or a list.`
  }
  if (LIST_OPERATORS.has(operator)) {
    const ok = typeof value === 'string' || (Array.isArray(value) && value.every(isScalar)) || isScalar(value)
    if (!ok) return `${parameter} takes a list of values: comma-separated, or ${parameter}[0]=…&${parameter}[1]=…`
  }
  if (operator === 'exists' && !['true', 'false', true, false].includes(value as string | boolean)) {
    return `${parameter} takes true or false.`
  }
  return undefined
}
