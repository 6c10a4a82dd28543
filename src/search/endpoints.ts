import type { Endpoint } from 'payload'

import { searchArticles } from './services/search'

/**
 * `GET /api/search?q=…&section=&tag=&author=&from=&to=&page=&limit=`: published articles by relevance
 * with highlighted snippets (HTML-safe, matches in <mark>). Section, tag and author are slugs;
 * from/to are dates (YYYY-MM-DD). Bad parameters get a 400 naming the parameter.
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
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
}
