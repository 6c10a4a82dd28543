import type { Endpoint } from 'payload'

import { commentThread } from '../services/listing'
import { moderateComments, removeComment } from '../services/moderation-actions'
import { postComment } from '../services/posting'
import { reportComment, voteOnComment } from '../services/reactions'
import { readJsonBody, routeId } from '@/endpoints/read-json-body'
import { settings } from '@/lib/config/settings'
import { issueGuestToken } from '../domain'

const PRIVATE = { 'Cache-Control': 'private, no-store' }

/**
 * The public comment API. These replace Payload's bare create and delete on `/api/comments`, which
 * would skip idempotency, rate limits and soft removal; reads and moderators' updates stay Payload's.
 */
export const commentEndpoints: Endpoint[] = [
  {
    path: '/',
    method: 'post',
    handler: async (req) => {
      const result = await postComment(req, await readJsonBody(req))
      return Response.json(result.body, { status: result.status, headers: PRIVATE })
    },
  },
  {
    path: '/guest-token',
    method: 'post',
    // A guest's voting identity; the client keeps it (local storage) and sends it as X-Guest-Token.
    handler: async () => Response.json({ token: issueGuestToken(settings.payloadSecret) }, { status: 201, headers: PRIVATE }),
  },
  {
    path: '/moderate',
    method: 'post',
    handler: async (req) => Response.json(await moderateComments(req, await readJsonBody(req)), { headers: PRIVATE }),
  },
  {
    path: '/:id',
    method: 'delete',
    handler: async (req) => Response.json(await removeComment(req, routeId(req)), { headers: PRIVATE }),
  },
  {
    path: '/:id/thread',
    method: 'get',
    handler: async (req) => Response.json(await commentThread(req, routeId(req)), { headers: req.user ? PRIVATE : {} }),
  },
  {
    path: '/:id/vote',
    method: 'post',
    handler: async (req) => Response.json(await voteOnComment(req, routeId(req), await readJsonBody(req)), { headers: PRIVATE }),
  },
  {
    path: '/:id/report',
    method: 'post',
    handler: async (req) =>
      Response.json(await reportComment(req, routeId(req), await readJsonBody(req)), { status: 201, headers: PRIVATE }),
  },
]
