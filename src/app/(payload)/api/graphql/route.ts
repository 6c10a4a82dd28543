/* Payload's generated GraphQL route, wrapped (see src/lib/graphql/response-status.ts): malformed
 * JSON gets a 400 with a message instead of a 500, failed operations carry a 4xx status, and each
 * request counts against the edge's limits by what its operations do (src/lib/graphql/operation-costs.ts). */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { settings } from '@/lib/config/settings'
import { operationCosts } from '@/lib/graphql/operation-costs'
import { graphqlResponseStatus, INVALID_GRAPHQL_JSON } from '@/lib/graphql/response-status'
import { CLIENT_IP_HEADER } from '@/lib/requests/client-ip'
import { FRONTEND_TOKEN_HEADER } from '@/lib/requests/frontend-token'
import { limitFor, sharedRateLimits } from '@/lib/requests/shared-rate-limits'

const payloadPOST = GRAPHQL_POST(config)

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

export const POST = async (request: Request): Promise<Response> => {
  // Read whatever the content type says: the limits count what would run, however it is labelled.
  const body = await request.text()
  let parsed: unknown = null
  try {
    parsed = JSON.parse(body)
  } catch {
    if ((request.headers.get('content-type') ?? '').startsWith('application/json'))
      return Response.json({ errors: [{ message: INVALID_GRAPHQL_JSON, extensions: { statusCode: 400 } }] }, { status: 400 })
  }
  const refused = await overLimit(request, parsed)
  if (refused) return refused
  const forwarded = new Request(request.url, { method: 'POST', headers: request.headers, body })
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

export const OPTIONS = REST_OPTIONS(config)
