import type { CollectionAfterChangeHook } from 'payload'

import { articlePath } from '@/lib/articles/paths'
import type { Article } from '@/payload-types'

/**
 * When a published article's slug changes, its old URL must keep working: record a redirect from
 * the old path to the article itself (by reference, so a later rename needs no chain). A redirect
 * that would now shadow the article's own path (a slug changed back) is removed.
 */
export const recordSlugRedirect: CollectionAfterChangeHook<Article> = async ({ doc, previousDoc, req }) => {
  if (doc._status !== 'published' || previousDoc?._status !== 'published') return doc
  if (!previousDoc.slug || !doc.slug || previousDoc.slug === doc.slug) return doc

  const oldPath = articlePath(previousDoc.slug)
  const newPath = articlePath(doc.slug)
  await req.payload.delete({ collection: 'redirects', where: { from: { equals: newPath } }, overrideAccess: true, req })
  const existing = await req.payload.find({
    collection: 'redirects',
    where: { from: { equals: oldPath } },
    limit: 1,
    overrideAccess: true,
    req,
  })
  const data = {
    type: '301' as const,
    from: oldPath,
    to: { type: 'reference' as const, reference: { relationTo: 'articles' as const, value: doc.id } },
  }
  if (existing.docs[0]) {
    await req.payload.update({ collection: 'redirects', id: existing.docs[0].id, data, overrideAccess: true, req })
  } else {
    await req.payload.create({ collection: 'redirects', data, overrideAccess: true, req })
  }
  return doc
}
