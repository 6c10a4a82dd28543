import { APIError, type Endpoint } from 'payload'

import { staffRole } from '../access/roles'
import { relatedStories, suggestionsForEditor } from './services/related'

/**
 * `GET /api/articles/:id/related?limit=4`: "You may also like" for a published article, each item
 * with why it was chosen (`reasons`) and where from (`source`: curated, scored, latest-in-section).
 */
export const relatedEndpoint: Endpoint = {
  path: '/:id/related',
  method: 'get',
  handler: async (req) => {
    const id = String(req.routeParams?.id ?? '')
    const limit = req.query?.limit === undefined ? 4 : Number(req.query.limit)
    const items = await relatedStories(req.payload, id, limit)
    return Response.json({ articleId: id, limit, items })
  },
}

/**
 * `GET /api/articles/:id/suggestions` (staff): fresh suggestions with their reasons for the
 * article as it stands, draft included, for the sidebar where editors pin related stories.
 */
export const suggestionsEndpoint: Endpoint = {
  path: '/:id/suggestions',
  method: 'get',
  handler: async (req) => {
    if (staffRole(req.user) === null) throw new APIError('Suggestions are for the newsroom: log in as staff.', 403, undefined, true)
    const id = String(req.routeParams?.id ?? '')
    return Response.json(
      { articleId: id, items: await suggestionsForEditor(req, id) },
      { headers: { 'Cache-Control': 'private, no-store' } },
    )
  },
}
