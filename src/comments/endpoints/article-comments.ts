import type { Endpoint } from 'payload'

import { commentableArticle, inlineFeedback, listArticleComments } from '../services/listing'
import { liveCommentsResponse } from '../services/live'
import { documentedEndpoint } from '@/endpoints/documented-endpoint'
import { routeId } from '@/endpoints/read-json-body'
import * as schema from './schemas'

const TAGS = ['Comments']

/**
 * `GET /api/articles/:id/comments?sort=newest|oldest|top|replies&limit=&page=|cursor=`: one page of
 * top-level comments with their replies nested, the article's approved total for "View all N
 * comments", and what the comment form needs (open, guests allowed, limits).
 */
export const articleCommentsEndpoint: Endpoint = documentedEndpoint({
  path: '/:id/comments',
  method: 'get',
  contract: {
    summary: 'An article’s comments, a page of threads',
    description:
      'Top-level comments with their replies nested, the approved total for "View all N comments", and what the comment form needs.',
    tags: TAGS,
    caller: 'anyone',
    params: schema.articleIdParams,
    query: schema.commentListingQuery,
    responses: { 200: { description: 'One page.', schema: schema.commentPage } },
  },
  handler: async (req) => {
    const {
      depth: _depth,
      locale: _locale,
      'fallback-locale': _fallback,
      draft: _draft,
      ...query
    } = (req.query ?? {}) as Record<string, unknown>
    const page = await listArticleComments(req, routeId(req), query)
    // A reader's page shows their own pending comments: never cache it for others.
    return Response.json(page, { headers: { 'Cache-Control': req.user ? 'private, no-store' : 'public, max-age=0, must-revalidate' } })
  },
})

/**
 * `GET /api/articles/:id/comments/inline`: inline feedback grouped by passage, with counts and where
 * each passage is in the article now, for the page to mark them.
 */
export const articleInlineFeedbackEndpoint: Endpoint = documentedEndpoint({
  path: '/:id/comments/inline',
  method: 'get',
  contract: {
    summary: 'An article’s inline feedback, by passage',
    tags: TAGS,
    caller: 'anyone',
    params: schema.articleIdParams,
    responses: { 200: { description: 'Passages with their comment counts.', schema: schema.inlineFeedback } },
  },
  handler: async (req) =>
    Response.json(await inlineFeedback(req, routeId(req)), {
      headers: { 'Cache-Control': req.user ? 'private, no-store' : 'public, max-age=0, must-revalidate' },
    }),
})

/**
 * `GET /api/articles/:id/comments/live`: Server-Sent Events with newly approved comments and count
 * changes for an open article page; resumes from Last-Event-ID.
 */
export const articleLiveCommentsEndpoint: Endpoint = documentedEndpoint({
  path: '/:id/comments/live',
  method: 'get',
  contract: {
    summary: 'Live comments (Server-Sent Events)',
    description: 'Events `comment` (a newly approved comment, as in the listing) and `count`; resumes from Last-Event-ID.',
    tags: TAGS,
    caller: 'anyone',
    params: schema.articleIdParams,
    headers: [{ name: 'Last-Event-ID', description: 'The last event seen, to resume after a reconnect.' }],
    responses: { 200: { description: 'An event stream.', contentType: 'text/event-stream' } },
  },
  handler: async (req) => liveCommentsResponse(req, await commentableArticle(req, routeId(req))),
})
