import { APIError, type Endpoint } from 'payload'

import { staffRole } from '../access/roles'
import { z } from 'zod'

import { documentedEndpoint } from '@/endpoints/documented-endpoint'
import { articleSummarySchema } from '@/lib/articles/summary'
import { MAX_RELATED_LIMIT, relatedStories, suggestionsForEditor } from './services/related'

const TAGS = ['Articles']
const articleIdParams = z.object({ id: z.string().describe('The article id.') })
const reasons = z.array(z.string()).describe('Why it was chosen, e.g. "2 shared tags".')

const relatedAnswer = z.object({
  articleId: z.string(),
  limit: z.int(),
  items: z.array(
    articleSummarySchema.extend({
      reasons,
      source: z.enum(['curated', 'scored', 'latest-in-section']),
      score: z.number().optional(),
    }),
  ),
})

const suggestionsAnswer = z.object({
  articleId: z.string(),
  items: z.array(z.object({ id: z.string(), title: z.string(), score: z.number(), reasons })),
})

/**
 * `GET /api/articles/:id/related?limit=4`: "You may also like" for a published article, each item
 * with why it was chosen (`reasons`) and where from (`source`: curated, scored, latest-in-section).
 */
export const relatedEndpoint: Endpoint = documentedEndpoint({
  path: '/:id/related',
  method: 'get',
  contract: {
    summary: 'Related stories ("You may also like")',
    tags: TAGS,
    caller: 'anyone',
    params: articleIdParams,
    query: z.object({ limit: z.int().min(1).max(MAX_RELATED_LIMIT).optional().describe('How many (4 when left out).') }),
    responses: { 200: { description: 'The stories, editors’ picks first.', schema: relatedAnswer } },
  },
  handler: async (req) => {
    const id = String(req.routeParams?.id ?? '')
    const limit = req.query?.limit === undefined ? 4 : Number(req.query.limit)
    const items = await relatedStories(req.payload, id, limit)
    return Response.json({ articleId: id, limit, items })
  },
})

/**
 * `GET /api/articles/:id/suggestions` (staff): fresh suggestions with their reasons for the
 * article as it stands, draft included, for the sidebar where editors pin related stories.
 */
export const suggestionsEndpoint: Endpoint = documentedEndpoint({
  path: '/:id/suggestions',
  method: 'get',
  contract: {
    summary: 'Related-story suggestions for an editor',
    description: 'Fresh suggestions for the article as it stands, draft included.',
    tags: TAGS,
    caller: 'staff',
    params: articleIdParams,
    responses: { 200: { description: 'Suggestions with their reasons.', schema: suggestionsAnswer } },
  },
  handler: async (req) => {
    if (staffRole(req.user) === null) throw new APIError('Suggestions are for the newsroom: log in as staff.', 403, undefined, true)
    const id = String(req.routeParams?.id ?? '')
    return Response.json(
      { articleId: id, items: await suggestionsForEditor(req, id) },
      { headers: { 'Cache-Control': 'private, no-store' } },
    )
  },
})
