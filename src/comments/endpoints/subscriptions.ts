import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { confirmSubscription, subscribe, unsubscribe } from '../services/subscriptions'
import { readJsonBody } from '@/endpoints/read-json-body'
import { settings } from '@/lib/config/settings'
import { messagePage, wantsHtml } from '@/lib/text/message-page'

const PRIVATE = { 'Cache-Control': 'private, no-store' }
const tokenOf = (query: unknown) => (query as { token?: unknown } | undefined)?.token

/**
 * The links in our mails: JSON for API clients, and for a person who clicked one in their mail
 * client (the browser asks for HTML) a readable page saying what happened, errors included.
 */
function linkAnswer(title: string, act: (req: PayloadRequest) => Promise<{ message: string }>) {
  return async (req: PayloadRequest): Promise<Response> => {
    if (!wantsHtml(req.headers.get('accept'))) return Response.json(await act(req), { headers: PRIVATE })
    const page = (message: string, ok: boolean, status: number) =>
      new Response(messagePage({ siteName: settings.siteName, siteUrl: settings.siteUrl, title, message, ok }), {
        status,
        headers: { ...PRIVATE, 'Content-Type': 'text/html; charset=utf-8' },
      })
    try {
      return page((await act(req)).message, true, 200)
    } catch (error) {
      if (error instanceof APIError && error.status < 500) return page(error.message, false, error.status)
      throw error
    }
  }
}

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
    handler: linkAnswer('Comment notifications', (req) => confirmSubscription(req, tokenOf(req.query))),
  },
  {
    path: '/unsubscribe',
    method: 'get',
    handler: linkAnswer('Unsubscribed', (req) => unsubscribe(req, tokenOf(req.query))),
  },
  {
    path: '/unsubscribe',
    method: 'post',
    handler: async (req) => Response.json(await unsubscribe(req, tokenOf(req.query)), { headers: PRIVATE }),
  },
]
