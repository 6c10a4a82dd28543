/* Payload's generated GraphQL route, wrapped (see src/lib/graphql/response-status.ts): malformed
 * JSON gets a 400 with a message instead of a 500, and failed operations carry a 4xx status. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { graphqlResponseStatus, INVALID_GRAPHQL_JSON } from '@/lib/graphql/response-status'

const payloadPOST = GRAPHQL_POST(config)

export const POST = async (request: Request): Promise<Response> => {
  let forwarded = request
  if ((request.headers.get('content-type') ?? '').startsWith('application/json')) {
    const body = await request.text()
    try {
      JSON.parse(body)
    } catch {
      return Response.json({ errors: [{ message: INVALID_GRAPHQL_JSON, extensions: { statusCode: 400 } }] }, { status: 400 })
    }
    forwarded = new Request(request.url, { method: 'POST', headers: request.headers, body })
  }
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
