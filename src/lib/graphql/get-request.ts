/**
 * GraphQL over HTTP by GET (the GraphQL-over-HTTP spec, and what Apollo and urql send for cached
 * reads): `query` and `operationName` as they are, `variables` and `extensions` as JSON objects.
 */
export type GraphQLRequestBody = {
  query?: string
  operationName?: string
  variables?: Record<string, unknown>
  extensions?: Record<string, unknown>
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The request a GET's parameters carry, or a message saying which parameter is wrong. */
export function requestFromSearch(search: URLSearchParams): { body: GraphQLRequestBody } | { error: string } {
  const body: GraphQLRequestBody = {}
  const query = search.get('query')
  if (query) body.query = query
  const operationName = search.get('operationName')
  if (operationName) body.operationName = operationName
  for (const name of ['variables', 'extensions'] as const) {
    const text = search.get(name)
    if (!text) continue
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      return { error: `"${name}" is not valid JSON: send it as a URL-encoded JSON object, for example ${name}={"slug":"my-story"}.` }
    }
    if (!isObject(value)) return { error: `"${name}" must be a JSON object.` }
    body[name] = value
  }
  if (!body.query && !body.extensions?.persistedQuery)
    return { error: 'Send the operation as "query" (URL-encoded), or its hash in "extensions" as a persisted query.' }
  return { body }
}
