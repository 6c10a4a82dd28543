import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { purgeTags } from '../cache/purge'
import { apiTag } from '../lib/cache/policy'
import { cacheTags } from '../lib/cache/tags'

/**
 * Purge hooks for collections whose documents pages show by name (sections, tags, authors, media):
 * the pages that show one document, the API reads of the collection and of articles (which show
 * them populated at depth 1 and more), and every list (cards show section names and images;
 * sitemaps list sections, tags and authors). Such edits are rare.
 */
export function purgeDocumentCache(collection: string, tagFor: (id: string) => string) {
  const tagsFor = (id: string) => [tagFor(id), apiTag(collection), apiTag('articles'), cacheTags.lists]
  const afterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
    await purgeTags(req, tagsFor(String(doc.id)))
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ id, req }) => {
    await purgeTags(req, tagsFor(String(id)))
  }
  return { afterChange, afterDelete }
}

/** A global every page shows (site settings) or every comment block obeys (comment settings). */
export function purgeGlobalCache(tag: string): GlobalAfterChangeHook {
  return async ({ doc, req }) => {
    await purgeTags(req, [tag])
    return doc
  }
}
