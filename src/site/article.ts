import { draftMode, headers } from 'next/headers'
import { cache } from 'react'

import { articlePath } from '../lib/articles/paths'
import { idOf } from '@/lib/relationships/id-of'
import { cacheTags } from '../lib/cache/tags'
import type { Article } from '../payload-types'
import { showing, sitePayload } from './payload'

/**
 * The published article with this slug, populated for the page (bylines with photos, hero image,
 * sections, tags). In an editor's draft preview (Next draft mode, set by /next/preview for a
 * signed-in staff member) the latest draft is read with that editor's rights instead.
 */
export const loadArticle = cache(async (slug: string): Promise<Article | null> => {
  const payload = await sitePayload()
  const preview = (await draftMode()).isEnabled
  const user = preview ? (await payload.auth({ headers: await headers() })).user : null
  const found = await payload.find({
    collection: 'articles',
    where: preview && user ? { slug: { equals: slug } } : { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    draft: Boolean(preview && user),
    user: user ?? undefined,
    overrideAccess: false,
    depth: 2,
    limit: 1,
    pagination: false,
    // The bylines' bios too: the author box at the end of the story shows them.
    populate: { articles: { title: true, slug: true }, authors: { name: true, slug: true, roleTitle: true, photo: true, bio: true } },
  })
  const article = found.docs[0] ?? null
  if (article) {
    const ids = (values: (string | { id: string } | null | undefined)[] | null | undefined) =>
      (values ?? []).map(idOf).filter((id): id is string => id !== null)
    await showing([
      cacheTags.article(article.id),
      cacheTags.comments(article.id),
      cacheTags.commentSettings,
      ...ids([article.section]).map(cacheTags.section),
      ...ids(article.tags).map(cacheTags.tag),
      ...ids(article.authors).map(cacheTags.author),
      ...ids([article.hero?.image]).map(cacheTags.media),
    ])
  }
  return article
})

/** Where an old slug now lives (the redirects collection, filled when an editor changes a slug). */
export function redirectFor(slug: string): Promise<string | null> {
  return redirectForPath(articlePath(slug))
}

/** Where a path now lives: a slug change's redirect, or one an editor made (old URLs of a previous site). */
export async function redirectForPath(path: string): Promise<string | null> {
  const payload = await sitePayload()
  const found = await payload.find({
    collection: 'redirects',
    where: { from: { equals: path } },
    limit: 1,
    depth: 1,
    overrideAccess: false,
    pagination: false,
  })
  const redirect = found.docs[0]
  if (!redirect) return null
  // A lost target would be a dead end: fall through to the 404 instead. Any change to lists purges this.
  await showing([cacheTags.lists])
  const target = redirect.to?.reference?.value
  if (redirect.to?.type === 'reference' && target && typeof target === 'object' && 'slug' in target && target.slug)
    return articlePath(String(target.slug))
  return redirect.to?.url ?? null
}
