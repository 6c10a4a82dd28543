/**
 * The HTTP status a GraphQL response should carry. GraphQL servers answer 200 even when nothing
 * ran; a front end (and a CDN, and our logs) is better served by the status of what went wrong:
 * - the request could not run at all (syntax or validation errors, no `data`): 400;
 * - every top-level field failed (for example a mutation refused by validation,
 *   `data: { createArticle: null }`): the first error's status (400, 403, 404, … or 500);
 * - otherwise (success, or partial success): unchanged.
 */
type GraphQLError = { message?: unknown; path?: unknown; extensions?: { statusCode?: unknown } }
type GraphQLResult = { data?: Record<string, unknown> | null; errors?: GraphQLError[] }

export function graphqlResponseStatus(result: unknown, current: number): number {
  if (!result || typeof result !== 'object') return current
  const { data, errors } = result as GraphQLResult
  if (!Array.isArray(errors) || errors.length === 0) return current
  if (data === undefined || data === null) {
    const withStatus = errors.map((error) => Number(error.extensions?.statusCode)).find((code) => code >= 400 && code < 600)
    return withStatus ?? 400
  }
  const fields = Object.values(data)
  if (fields.length === 0 || fields.some((value) => value !== null)) return current
  const statuses = errors.map((error) => Number(error.extensions?.statusCode)).filter((code) => code >= 400 && code < 600)
  return statuses[0] ?? current
}

export const INVALID_GRAPHQL_JSON =
  'The request body is not valid JSON: send {"query": "...", "variables": {...}} with Content-Type: application/json.'
