import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { articlePath } from '@/lib/articles/paths'
import type { Article } from '@/payload-types'
import { livePublishedVersion } from './live-version'

/**
 * Where the slug each article was last published under travels from before the write to after it
 * (`req.context`, keyed by id: one request may publish several articles).
 */
const PUBLISHED_SLUGS = 'publishedSlugs'
type PublishedSlugs = Record<string, string>

/**
 * Before a publishing update, notes the slug the article is live under: the published document, not
 * the latest version. In the admin, autosave has already saved a draft with the new slug by the time
 * the editor presses "Publish changes", so comparing with the previous version saw no change.
 */
export const rememberPublishedSlug: CollectionBeforeChangeHook<Article> = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || data._status !== 'published' || !originalDoc?.id) return data
  const live = await livePublishedVersion(req, originalDoc.id)
  const slugs = ((req.context[PUBLISHED_SLUGS] as PublishedSlugs | undefined) ??= {})
  if (live?._status === 'published' && live.slug) slugs[String(originalDoc.id)] = live.slug
  else delete slugs[String(originalDoc.id)]
  return data
}

/**
 * When a published article's slug changes, its old URL must keep working: record a redirect from
 * the old path to the article itself (by reference, so a later rename needs no chain). A redirect
 * that would now shadow the article's own path (a slug changed back) is removed.
 */
export const recordSlugRedirect: CollectionAfterChangeHook<Article> = async ({ doc, previousDoc, req }) => {
  if (doc._status !== 'published') return doc
  const published = (req.context[PUBLISHED_SLUGS] as PublishedSlugs | undefined)?.[String(doc.id)]
  const previousSlug = published ?? (previousDoc?._status === 'published' ? previousDoc.slug : null)
  if (!previousSlug || !doc.slug || previousSlug === doc.slug) return doc

  const oldPath = articlePath(previousSlug)
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
