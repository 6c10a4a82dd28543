import type { CollectionAfterChangeHook } from 'payload'

import { syncArticle } from '../search/services/search'

/**
 * Bylines and tags are searchable by name: when an author or tag is renamed, the published
 * articles that carry it are indexed again (a page at a time, so a big tag does not load at once).
 */
export function reindexArticlesReferencing(field: 'authors' | 'tags'): CollectionAfterChangeHook {
  return async ({ doc, previousDoc, operation, req }) => {
    if (operation !== 'update' || previousDoc?.name === doc.name) return doc
    for (let page = 1; ; page += 1) {
      const articles = await req.payload.find({
        collection: 'articles',
        where: { and: [{ [field]: { contains: doc.id } }, { _status: { equals: 'published' } }] },
        select: {},
        depth: 0,
        limit: 100,
        page,
        overrideAccess: true,
        req,
      })
      for (const article of articles.docs) await syncArticle(req.payload, article.id, req)
      if (!articles.hasNextPage) return doc
    }
  }
}
