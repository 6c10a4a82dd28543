import type { Endpoint } from 'payload'
import { z } from 'zod'

import { checkedQuery, documentedEndpoint } from '@/endpoints/documented-endpoint'
import { cacheTagHeader, cacheTags } from '@/lib/cache/tags'
import { countView, mostReadPublished } from './services/views'

const MAX_MOST_READ = 20
const mostReadQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_MOST_READ).default(5).describe('How many (5 when left out).'),
})

/**
 * `POST /api/articles/:id/view`: one reader's view of a published article, sent by the article page
 * (navigator.sendBeacon) once it is shown. No cookie, no address kept: a count in memory, stored
 * every VIEWS_FLUSH_MS. 204; 404 for an article that is not published; 400 for an id that is not one.
 */
export const articleViewEndpoint: Endpoint = documentedEndpoint({
  path: '/:id/view',
  method: 'post',
  contract: {
    summary: 'Count a view of an article ("Most read")',
    description: 'Sent once per page view by the reader site. Nothing about the reader is kept.',
    tags: ['Articles'],
    caller: 'anyone',
    params: z.object({ id: z.string().describe('The article id.') }),
    responses: { 204: { description: 'Counted.' } },
  },
  handler: async (req) => {
    await countView(req.payload, String(req.routeParams?.id ?? ''))
    return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } })
  },
})

/** `GET /api/articles/most-read?limit=5`: today's and yesterday's most read published articles, with views. */
export const mostReadEndpoint: Endpoint = documentedEndpoint({
  path: '/most-read',
  method: 'get',
  contract: {
    summary: 'Most read articles',
    description: 'Views of today and yesterday (UTC), the most first. Articles since unpublished are left out.',
    tags: ['Articles'],
    caller: 'anyone',
    query: mostReadQuery,
    responses: {
      200: {
        description: 'Article ids with their view counts.',
        schema: z.object({ items: z.array(z.object({ article: z.string(), views: z.int() })) }),
      },
    },
  },
  handler: async (req) => {
    const { limit } = checkedQuery(mostReadQuery, req)
    // Tagged, so that the edge's cached copy goes with the next stored counts (services/views.ts).
    return Response.json(
      { items: await mostReadPublished(req.payload, limit) },
      { headers: { 'Cache-Tag': cacheTagHeader([cacheTags.viewCounts, cacheTags.lists]) } },
    )
  },
})
