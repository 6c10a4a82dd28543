import { notFound } from 'next/navigation'
import type { DataFromCollectionSlug, Where } from 'payload'
import { cache } from 'react'

import { splitBySection } from '@/lib/articles/front-page'
import { idOf } from '@/lib/relationships/id-of'
import { mostRead } from '@/readership/services/views'
import { cacheTags } from '../lib/cache/tags'
import type { Article, Author, Section } from '../payload-types'
import { picture, type Picture } from './media'
import { anonymousRequest, showing, sitePayload } from './payload'

/** What a list of stories shows of each one. */
export type StoryCard = {
  id: string
  slug: string
  title: string
  kicker: string | null
  dek: string | null
  firstPublishedAt: string | null
  section: { id: string; name: string; slug: string } | null
  authors: { name: string; slug: string }[]
  image: Picture | null
  commentCount: number
  breaking: boolean
}

export const PAGE_SIZE = 12

const cardSelect = {
  title: true,
  slug: true,
  kicker: true,
  dek: true,
  firstPublishedAt: true,
  section: true,
  authors: true,
  hero: true,
  commentCount: true,
  breaking: true,
} as const
const cardPopulate = {
  sections: { name: true, slug: true },
  authors: { name: true, slug: true },
  // Payload builds a media `url` from its `filename`: without it the url comes back null (no picture).
  media: { url: true, filename: true, alt: true, sizes: true, width: true, height: true },
} as const

type CardFields = Pick<
  Article,
  'id' | 'title' | 'slug' | 'kicker' | 'dek' | 'firstPublishedAt' | 'section' | 'authors' | 'hero' | 'commentCount' | 'breaking'
>

export function toCard(article: CardFields): StoryCard {
  const section = typeof article.section === 'object' && article.section ? (article.section as Section) : null
  return {
    id: article.id,
    slug: article.slug ?? '',
    title: article.title,
    kicker: article.kicker ?? null,
    dek: article.dek ?? null,
    firstPublishedAt: article.firstPublishedAt ?? null,
    section: section ? { id: section.id, name: section.name, slug: section.slug ?? '' } : null,
    authors: (article.authors ?? []).flatMap((author) =>
      typeof author === 'object' ? [{ name: (author as Author).name, slug: (author as Author).slug }] : [],
    ),
    image: picture(article.hero?.image, 'card'),
    commentCount: article.commentCount ?? 0,
    breaking: article.breaking ?? false,
  }
}

export type StoryPage = { stories: StoryCard[]; page: number; totalPages: number; total: number }

/**
 * Published stories, newest first (or oldest first), read as the public reads them. Reports what it showed to the
 * edge cache: each story and its comment count, and `lists` (which stories a list holds changes
 * with any publish). `total` and `totalPages` are counted only when a `page` is asked for.
 */
export async function findStories(
  where: Where | null,
  options: { limit?: number; page?: number; oldestFirst?: boolean; mostCommented?: boolean } = {},
): Promise<StoryPage> {
  const payload = await sitePayload()
  const found = await payload.find({
    collection: 'articles',
    where: where ? { and: [{ _status: { equals: 'published' } }, where] } : { _status: { equals: 'published' } },
    sort: options.mostCommented ? ['-commentCount', '-firstPublishedAt'] : options.oldestFirst ? 'firstPublishedAt' : '-firstPublishedAt',
    limit: options.limit ?? PAGE_SIZE,
    page: options.page ?? 1,
    // Only a numbered list page shows how many there are: the others skip the count query.
    pagination: options.page !== undefined,
    depth: 1,
    select: cardSelect,
    populate: cardPopulate,
    overrideAccess: false,
    req: await anonymousRequest(),
  })
  const stories = found.docs.map(toCard)
  // Cards show each story's comment count: a comment purges the lists by `comments:<id>`.
  await showing([cacheTags.lists, ...stories.flatMap((story) => [cacheTags.article(story.id), cacheTags.comments(story.id)])])
  return { stories, page: found.page ?? 1, totalPages: found.totalPages, total: found.totalDocs }
}

/**
 * The newest `limit` stories of each section (the front page's blocks): one read of the newest of
 * all of them, and a read of its own only for a section that read left short (splitBySection).
 * Ten sections cost one article read instead of ten, each with its images, sections and bylines.
 */
export async function storiesBySection(sectionIds: string[], limit: number): Promise<Map<string, StoryCard[]>> {
  if (sectionIds.length === 0) return new Map()
  const window = limit * sectionIds.length
  const { stories } = await findStories({ section: { in: sectionIds } }, { limit: window })
  const { bySection, unread } = splitBySection(stories, (story) => story.section?.id ?? null, sectionIds, { limit, window })
  await Promise.all(unread.map(async (id) => bySection.set(id, (await findStories({ section: { equals: id } }, { limit })).stories)))
  return bySection
}

/** Today's and yesterday's most read stories (src/readership), the most first. */
export async function mostReadStories(limit: number): Promise<StoryCard[]> {
  const payload = await sitePayload()
  await showing([cacheTags.mostRead])
  // Read more than shown: findStories reads published stories only, and some may since have been unpublished.
  const ranking = await mostRead(payload, limit * 2)
  if (ranking.length === 0) return []
  const { stories } = await findStories({ id: { in: ranking.map((entry) => entry.article) } }, { limit: ranking.length })
  const byId = new Map(stories.map((story) => [story.id, story]))
  return ranking.flatMap((entry) => byId.get(entry.article) ?? []).slice(0, limit)
}

/** A section, tag or author page's stories; a page past the last is a 404, not an empty page that search engines keep. */
export async function findListPage(where: Where, page: number): Promise<StoryPage> {
  const result = await findStories(where, { page })
  if (page > 1 && page > result.totalPages) notFound()
  return result
}

/** A section, tag or author by slug, or null (the page answers 404). */
type SlugCollection = 'sections' | 'tags' | 'authors'

export async function findBySlug<C extends SlugCollection>(collection: C, slug: string): Promise<DataFromCollectionSlug<C> | null> {
  return (await lookUpBySlug(collection, slug)) as DataFromCollectionSlug<C> | null
}

/** Once per render: a page's metadata and its body both ask. */
const lookUpBySlug = cache(async (collection: SlugCollection, slug: string) => {
  const payload = await sitePayload()
  const found = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    overrideAccess: false,
    pagination: false,
    req: await anonymousRequest(),
  })
  const doc = found.docs[0] ?? null
  if (doc) {
    const tagFor = { sections: cacheTags.section, tags: cacheTags.tag, authors: cacheTags.author }[collection]
    await showing([tagFor(doc.id)])
  }
  return doc
})

/** A query-string parameter as one value (the first, when it is repeated). */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

/** A page number from the query string; anything odd reads as page 1. */
export function pageParam(value: string | string[] | undefined): number {
  const page = Number(firstParam(value))
  return Number.isSafeInteger(page) && page >= 1 && page <= 10_000 ? page : 1
}

/** The stories just before and after one in its section, by first publication: "previous" and "next" under an article. */
export async function sectionNeighbours(article: {
  id: string
  section?: string | { id: string } | null
  firstPublishedAt?: string | null
}): Promise<{ previous: StoryCard | null; next: StoryCard | null }> {
  const section = idOf(article.section)
  if (!section || !article.firstPublishedAt) return { previous: null, next: null }
  const inSection = (when: Where): Where => ({ and: [{ section: { equals: section } }, { id: { not_equals: article.id } }, when] })
  const [previous, next] = await Promise.all([
    findStories(inSection({ firstPublishedAt: { less_than: article.firstPublishedAt } }), { limit: 1 }),
    findStories(inSection({ firstPublishedAt: { greater_than: article.firstPublishedAt } }), { limit: 1, oldestFirst: true }),
  ])
  return { previous: previous.stories[0] ?? null, next: next.stories[0] ?? null }
}
