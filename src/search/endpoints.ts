import type { Endpoint } from 'payload'

import { z } from 'zod'

import { documentedEndpoint } from '@/endpoints/documented-endpoint'
import { articleSummarySchema } from '@/lib/articles/summary'
import { DEFAULT_SEARCH_LIMIT, MAX_QUERY_LENGTH, MAX_SEARCH_LIMIT, SEARCH_SORTS } from './domain/query'
import { searchArticles } from './services/search'

const slug = z.string().regex(/^[a-z0-9-]+$/)
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('YYYY-MM-DD')

const searchQuery = z.object({
  q: z.string().min(1).max(MAX_QUERY_LENGTH).describe('The words to search for.'),
  section: slug.optional().describe('A section slug.'),
  tag: slug.optional().describe('A tag slug.'),
  author: slug.optional().describe('An author slug.'),
  from: date.optional().describe('Published on or after this day (YYYY-MM-DD).'),
  to: date.optional().describe('Published on or before this day (YYYY-MM-DD).'),
  sort: z.enum(SEARCH_SORTS).optional().describe('relevance (best match first, the default) or newest (newest first).'),
  page: z.int().min(1).max(1000).optional(),
  limit: z.int().min(1).max(MAX_SEARCH_LIMIT).optional().describe(`Results per page (${DEFAULT_SEARCH_LIMIT} when left out).`),
})

const searchAnswer = z.object({
  q: z.string(),
  terms: z.array(z.string()),
  total: z.int(),
  totalIsEstimate: z
    .boolean()
    .describe('True when total is estimated: past the thousand newest matches, it is rounded to two figures ("about 12,000").'),
  page: z.int(),
  limit: z.int(),
  totalPages: z.int(),
  results: z.array(
    articleSummarySchema.extend({
      authors: z.array(z.object({ name: z.string(), slug: z.string().nullish() })),
      snippet: z.string().describe('HTML-safe text with the matches in <mark>.'),
      score: z.number(),
    }),
  ),
})

/**
 * `GET /api/search?q=…&section=&tag=&author=&from=&to=&sort=&page=&limit=`: published articles by relevance (or newest first)
 * with highlighted snippets (HTML-safe, matches in <mark>). Section, tag and author are slugs;
 * from/to are dates (YYYY-MM-DD). Bad parameters get a 400 naming the parameter.
 */
export const searchEndpoint: Endpoint = documentedEndpoint({
  path: '/search',
  method: 'get',
  contract: {
    summary: 'Search published articles',
    description: 'By relevance or newest first, with highlighted snippets. Unknown or repeated parameters are a 400 naming them.',
    tags: ['Articles'],
    caller: 'anyone',
    query: searchQuery,
    responses: { 200: { description: 'One page of results.', schema: searchAnswer } },
  },
  handler: async (req) => {
    // Payload's REST layer adds its own parameters (depth, locale, …) to every request: not ours to judge.
    const {
      depth: _depth,
      locale: _locale,
      'fallback-locale': _fallback,
      draft: _draft,
      ...params
    } = (req.query ?? {}) as Record<string, unknown>
    return Response.json(await searchArticles(req, params))
  },
})
