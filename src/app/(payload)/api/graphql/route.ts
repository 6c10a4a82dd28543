/* Payload's generated GraphQL route, wrapped (see src/lib/graphql/response-status.ts): malformed
 * JSON gets a 400 with a message instead of a 500, failed operations carry a 4xx status, and each
 * request counts against the edge's limits by what its operations do (src/lib/graphql/operation-costs.ts).
 * Added: queries by GET, and automatic persisted queries by GET or POST (src/lib/graphql/persisted-queries.ts). */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { settings } from '@/lib/config/settings'
import { NO_STORE_HEADER } from '@/lib/cache/shared'
import { requestFromSearch, type GraphQLRequestBody } from '@/lib/graphql/get-request'
import { operationCosts, selectedOperation } from '@/lib/graphql/operation-costs'
import { PersistedQueries } from '@/lib/graphql/persisted-queries'
import { graphqlResponseStatus, INVALID_GRAPHQL_JSON } from '@/lib/graphql/response-status'
import { CLIENT_IP_HEADER } from '@/lib/requests/client-ip'
import { FRONTEND_TOKEN_HEADER } from '@/lib/requests/frontend-token'
import { limitFor, sharedRateLimits } from '@/lib/requests/shared-rate-limits'

const payloadPOST = GRAPHQL_POST(config)
const persistedQueries = new PersistedQueries()

/** A 429 in GraphQL's error shape when the request's operations exceed a limit, else null. */
async function overLimit(request: Request, body: unknown): Promise<Response | null> {
  const consume = sharedRateLimits()
  if (!consume) return null
  const client = { address: request.headers.get(CLIENT_IP_HEADER) ?? 'unknown', frontendToken: request.headers.get(FRONTEND_TOKEN_HEADER) }
  for (const [requested, points] of Object.entries(operationCosts(body)) as ['auth' | 'writes' | 'reads', number][]) {
    if (points === 0) continue
    const { kind, key } = limitFor(requested, client, settings.payloadSecret)
    const verdict = await consume(kind, key, points)
    if (!verdict.allowed) {
      return Response.json(
        { errors: [{ message: verdict.message, extensions: { statusCode: 429 } }] },
        { status: 429, headers: { 'Retry-After': String(verdict.retryAfterSeconds), 'Cache-Control': 'no-store' } },
      )
    }
  }
  return null
}

/** Runs a request through Payload's handler (always a POST to it), with the status of what went wrong. */
async function run(request: Request, body: string): Promise<Response> {
  const headers = new Headers(request.headers)
  headers.set('content-type', 'application/json')
  headers.delete('content-length')
  const forwarded = new Request(request.url, { method: 'POST', headers, body })
  const response = await payloadPOST(forwarded)
  if (!(response.headers.get('content-type') ?? '').includes('json')) return response
  const text = await response.text()
  let status = response.status
  try {
    status = graphqlResponseStatus(JSON.parse(text), response.status)
  } catch {
    // not JSON after all: pass it on untouched
  }
  return new Response(text, { status, headers: response.headers })
}

/** A GraphQL error answer of our own, never cached, whatever its status (an unknown persisted hash is a 200). */
function graphqlError(message: string, status: number, extensions: Record<string, unknown> = {}, headers: HeadersInit = {}): Response {
  return Response.json(
    { errors: [{ message, extensions: { statusCode: status, ...extensions } }] },
    { status, headers: { 'Cache-Control': 'no-store', ...headers } },
  )
}

/** On GET, the edge would keep a 200 (src/server/page-cache.ts): it is told not to, and drops the header. */
function notKept(response: Response): Response {
  response.headers.set(NO_STORE_HEADER, '1')
  return response
}

/** The query text of a persisted query's hash, or the answer that says why there is none. */
function withPersistedQuery(body: GraphQLRequestBody): GraphQLRequestBody | Response {
  const outcome = persistedQueries.resolve(body)
  if ('body' in outcome) return outcome.body
  return graphqlError(outcome.error.message, outcome.error.status, { code: outcome.error.code })
}

export const POST = async (request: Request): Promise<Response> => {
  // Read whatever the content type says: the limits count what would run, however it is labelled.
  let body = await request.text()
  let parsed: unknown = null
  try {
    parsed = JSON.parse(body)
  } catch {
    if ((request.headers.get('content-type') ?? '').startsWith('application/json'))
      return Response.json({ errors: [{ message: INVALID_GRAPHQL_JSON, extensions: { statusCode: 400 } }] }, { status: 400 })
  }
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
    const resolved = withPersistedQuery(parsed as GraphQLRequestBody)
    if (resolved instanceof Response) return resolved
    if (resolved !== parsed) body = JSON.stringify((parsed = resolved))
  }
  const refused = await overLimit(request, parsed)
  if (refused) return refused
  return run(request, body)
}

/**
 * Queries by GET, plain or persisted: the edge caches these like REST reads (src/lib/cache/policy.ts),
 * and counts each as one read against its limits. Mutations change data, so they are POST only.
 */
export const GET = async (request: Request): Promise<Response> => {
  const parsed = requestFromSearch(new URL(request.url).searchParams)
  if ('error' in parsed) return notKept(graphqlError(parsed.error, 400))
  const body = withPersistedQuery(parsed.body)
  if (body instanceof Response) return notKept(body)
  if (selectedOperation(body)?.operation.operation === 'mutation')
    return notKept(graphqlError('Mutations change data: send them by POST.', 405, {}, { Allow: 'POST' }))
  return run(request, JSON.stringify(body))
}

export const OPTIONS = REST_OPTIONS(config)
