import type { Endpoint } from 'payload'

import { confirmSubscription, subscribe, unsubscribe } from '../../comments/subscriptions'
import { readJsonBody } from '../../endpoints/read-json-body'

const PRIVATE = { 'Cache-Control': 'private, no-store' }
const tokenOf = (query: unknown) => (query as { token?: unknown } | undefined)?.token

/** Subscribing, the confirmation link, and the one-click unsubscribe link (GET for people, POST for mail clients, RFC 8058). */
export const subscriptionEndpoints: Endpoint[] = [
  {
    path: '/',
    method: 'post',
    handler: async (req) => {
      const result = await subscribe(req, await readJsonBody(req))
      return Response.json(result.body, { status: result.status, headers: PRIVATE })
    },
  },
  {
    path: '/confirm',
    method: 'get',
    handler: async (req) => Response.json(await confirmSubscription(req, tokenOf(req.query)), { headers: PRIVATE }),
  },
  {
    path: '/unsubscribe',
    method: 'get',
    handler: async (req) => Response.json(await unsubscribe(req, tokenOf(req.query)), { headers: PRIVATE }),
  },
  {
    path: '/unsubscribe',
    method: 'post',
    handler: async (req) => Response.json(await unsubscribe(req, tokenOf(req.query)), { headers: PRIVATE }),
  },
]
