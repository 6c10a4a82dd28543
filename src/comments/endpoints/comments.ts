import type { Endpoint } from 'payload'

import { deskLiveResponse } from '../services/desk-live'
import { commentThread } from '../services/listing'
import { moderateComments, removeComment } from '../services/moderation-actions'
import { commenterHistory, deskCounts, deskQueue } from '../services/moderation-desk'
import { postComment } from '../services/posting'
import { reportComment, voteOnComment } from '../services/reactions'
import { checkedQuery, documentedEndpoint } from '@/endpoints/documented-endpoint'
import { routeId } from '@/endpoints/read-json-body'
import { settings } from '@/lib/config/settings'
import { issueGuestToken } from '../domain'
import * as schema from './schemas'

const PRIVATE = { 'Cache-Control': 'private, no-store' }
const TAGS = ['Comments']
const GUEST_TOKEN_HEADER = {
  name: 'X-Guest-Token',
  description: 'A guest’s voting identity, from POST /api/comments/guest-token.',
}
const IDEMPOTENCY_KEY_HEADER = {
  name: 'Idempotency-Key',
  description: 'Sending the same key again within a day replays the first answer instead of posting twice.',
}

/**
 * The public comment API. These replace Payload's bare create and delete on `/api/comments`, which
 * would skip idempotency, rate limits and soft removal; reads and moderators' updates stay Payload's.
 */
export const commentEndpoints: Endpoint[] = [
  documentedEndpoint({
    path: '/',
    method: 'post',
    contract: {
      summary: 'Post a comment or a reply',
      description:
        'Readers post as themselves; guests, where the site allows them, give a name and an e-mail address. The answer says whether the comment is published or waits for a moderator.',
      tags: TAGS,
      caller: 'anyone',
      body: schema.postCommentBody,
      headers: [IDEMPOTENCY_KEY_HEADER],
      responses: {
        201: { description: 'Posted (published, or waiting for a moderator: see `comment.status`).', schema: schema.postCommentAnswer },
        200: { description: 'A replay of an earlier post with the same Idempotency-Key.', schema: schema.postCommentAnswer },
      },
    },
    handler: async (req, body) => {
      const result = await postComment(req, body)
      return Response.json(result.body, { status: result.status, headers: PRIVATE })
    },
  }),
  documentedEndpoint({
    path: '/guest-token',
    method: 'post',
    contract: {
      summary: 'Get a guest voting token',
      description: 'The client keeps it (local storage) and sends it as X-Guest-Token to vote without an account.',
      tags: TAGS,
      caller: 'anyone',
      responses: { 201: { description: 'A new token.', schema: schema.guestToken } },
    },
    handler: () => Response.json({ token: issueGuestToken(settings.payloadSecret) }, { status: 201, headers: PRIVATE }),
  }),
  documentedEndpoint({
    path: '/moderate',
    method: 'post',
    contract: {
      summary: 'Moderate comments in bulk',
      tags: TAGS,
      caller: 'staff',
      body: schema.moderateBody,
      responses: { 200: { description: 'What happened to each comment.', schema: schema.moderateAnswer } },
    },
    handler: async (req, body) => Response.json(await moderateComments(req, body), { headers: PRIVATE }),
  }),
  documentedEndpoint({
    path: '/desk',
    method: 'get',
    contract: {
      summary: 'A moderation queue, as cards',
      description:
        'The moderation desk’s page of one queue: each comment with its article, parent, commenter (with their record), the reasons it was held in words and its open reports; and the count of every queue.',
      tags: TAGS,
      caller: 'staff',
      query: schema.deskQuery,
      responses: { 200: { description: 'The cards and the counts.', schema: schema.deskAnswer } },
    },
    handler: async (req) => Response.json(await deskQueue(req, checkedQuery(schema.deskQuery, req)), { headers: PRIVATE }),
  }),
  documentedEndpoint({
    path: '/desk/counts',
    method: 'get',
    contract: {
      summary: 'How many comments wait in each moderation queue',
      tags: TAGS,
      caller: 'staff',
      query: schema.deskFilterQuery,
      responses: { 200: { description: 'A count per queue.', schema: schema.deskCounts } },
    },
    handler: async (req) => Response.json(await deskCounts(req, checkedQuery(schema.deskFilterQuery, req)), { headers: PRIVATE }),
  }),
  documentedEndpoint({
    path: '/desk/live',
    method: 'get',
    contract: {
      summary: 'Live queue counts for the moderation desk (Server-Sent Events)',
      description:
        'A `counts` event (as from /desk/counts) at once, and again soon after any comment arrives, changes status or is reported.',
      tags: TAGS,
      caller: 'staff',
      query: schema.deskFilterQuery,
      responses: { 200: { description: 'An event stream.', contentType: 'text/event-stream' } },
    },
    handler: async (req) => deskLiveResponse(req, checkedQuery(schema.deskFilterQuery, req)),
  }),
  documentedEndpoint({
    path: '/desk/commenter',
    method: 'get',
    contract: {
      summary: 'A commenter’s history',
      description: 'Every comment of one reader (by id) or guest (by e-mail), any status, and the moderation log about them.',
      tags: TAGS,
      caller: 'staff',
      query: schema.commenterQuery,
      responses: { 200: { description: 'Their comments and the log.', schema: schema.commenterAnswer } },
    },
    handler: async (req) => Response.json(await commenterHistory(req, checkedQuery(schema.commenterQuery, req)), { headers: PRIVATE }),
  }),
  documentedEndpoint({
    path: '/:id',
    method: 'delete',
    contract: {
      summary: 'Remove my comment',
      description: 'Its text goes; a comment with replies keeps its place in the thread as "removed".',
      tags: TAGS,
      caller: 'reader',
      params: schema.commentIdParams,
      responses: { 200: { description: 'Removed.', schema: schema.removal } },
    },
    handler: async (req) => Response.json(await removeComment(req, routeId(req)), { headers: PRIVATE }),
  }),
  documentedEndpoint({
    path: '/:id/thread',
    method: 'get',
    contract: {
      summary: 'The whole thread around a comment',
      description: 'For a link to one comment: its thread from the top, replies nested.',
      tags: TAGS,
      caller: 'anyone',
      params: schema.commentIdParams,
      responses: { 200: { description: 'The thread.', schema: schema.commentThread } },
    },
    handler: async (req) => Response.json(await commentThread(req, routeId(req)), { headers: req.user ? PRIVATE : {} }),
  }),
  documentedEndpoint({
    path: '/:id/vote',
    method: 'post',
    contract: {
      summary: 'Vote on a comment',
      description: 'Once per reader or guest token; voting again changes the vote. Nobody votes on their own comment.',
      tags: TAGS,
      caller: 'reader-or-guest',
      params: schema.commentIdParams,
      body: schema.voteBody,
      headers: [GUEST_TOKEN_HEADER],
      responses: { 200: { description: 'The comment’s votes now.', schema: schema.voteAnswer } },
    },
    handler: async (req, body) => Response.json(await voteOnComment(req, routeId(req), body), { headers: PRIVATE }),
  }),
  documentedEndpoint({
    path: '/:id/report',
    method: 'post',
    contract: {
      summary: 'Report a comment',
      description: 'Once per reader and comment. Enough reports send the comment back to review.',
      tags: TAGS,
      caller: 'reader',
      params: schema.commentIdParams,
      body: schema.reportBody,
      responses: { 201: { description: 'Reported.', schema: schema.message } },
    },
    handler: async (req, body) => Response.json(await reportComment(req, routeId(req), body), { status: 201, headers: PRIVATE }),
  }),
]
