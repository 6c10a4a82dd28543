import type { FieldHook } from 'payload'

import type { Article } from '@/payload-types'
import { relatedStories } from '@/related/services/related'

/** GraphQL's `Article.related` shows the same four stories as the REST related endpoint. */
export const GRAPHQL_RELATED_LIMIT = 4

/**
 * Fills the virtual `related` field for GraphQL only (GraphQL then resolves the IDs into articles,
 * with the reader's access); REST readers use GET /api/articles/:id/related, and other reads skip
 * the lookup entirely.
 */
export const fillRelatedForGraphQL: FieldHook<Article> = async ({ data, req }) => {
  if (req.payloadAPI !== 'GraphQL' || !data?.id || data._status !== 'published') return undefined
  const items = await relatedStories(req.payload, data.id, GRAPHQL_RELATED_LIMIT).catch(() => [])
  return items.map((item) => item.id)
}
