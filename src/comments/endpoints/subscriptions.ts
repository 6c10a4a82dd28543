import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { confirmSubscription, subscribe, unsubscribe } from '../services/subscriptions'
import { documentedEndpoint } from '@/endpoints/documented-endpoint'
import { settings } from '@/lib/config/settings'
import { messagePage, wantsHtml } from '@/lib/text/message-page'
import * as schema from './schemas'

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

const TAGS = ['Comment subscriptions']
const linkResponses = (what: string) => ({
  200: { description: `${what} JSON for an API client; a readable page when the browser asks for HTML.`, schema: schema.subscribeAnswer },
})

/** Subscribing, the confirmation link, and the one-click unsubscribe link (GET for people, POST for mail clients, RFC 8058). */
export const subscriptionEndpoints: Endpoint[] = [
  documentedEndpoint({
    path: '/',
    method: 'post',
    contract: {
      summary: 'Subscribe to new comments ("Notify of")',
      description:
        'A signed-in reader is subscribed at once; a guest gets a confirmation e-mail and nothing else until they follow its link. Subscribing again returns the same subscription.',
      tags: TAGS,
      caller: 'anyone',
      body: schema.subscribeBody,
      responses: {
        201: {
          description: 'Subscribed, or waiting for the e-mail to be confirmed (see `subscription.status`).',
          schema: schema.subscribeAnswer,
        },
        200: { description: 'Already subscribed: the same subscription.', schema: schema.subscribeAnswer },
      },
    },
    handler: async (req, body) => {
      const result = await subscribe(req, body)
      return Response.json(result.body, { status: result.status, headers: PRIVATE })
    },
  }),
  documentedEndpoint({
    path: '/confirm',
    method: 'get',
    contract: {
      summary: 'Confirm a subscription (the link in the e-mail)',
      tags: TAGS,
      caller: 'anyone',
      query: schema.tokenQuery,
      responses: linkResponses('Confirmed:'),
    },
    handler: linkAnswer('Comment notifications', (req) => confirmSubscription(req, tokenOf(req.query))),
  }),
  documentedEndpoint({
    path: '/unsubscribe',
    method: 'get',
    contract: {
      summary: 'Unsubscribe (the link in every notification)',
      tags: TAGS,
      caller: 'anyone',
      query: schema.tokenQuery,
      responses: linkResponses('Unsubscribed:'),
    },
    handler: linkAnswer('Unsubscribed', (req) => unsubscribe(req, tokenOf(req.query))),
  }),
  documentedEndpoint({
    path: '/unsubscribe',
    method: 'post',
    contract: {
      summary: 'One-click unsubscribe for mail clients (RFC 8058)',
      tags: TAGS,
      caller: 'anyone',
      query: schema.tokenQuery,
      responses: { 200: { description: 'Unsubscribed.', schema: schema.subscribeAnswer } },
    },
    handler: async (req) => Response.json(await unsubscribe(req, tokenOf(req.query)), { headers: PRIVATE }),
  }),
]
