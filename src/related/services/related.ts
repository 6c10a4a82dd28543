import { APIError, type Payload, type PayloadRequest, type Where } from 'payload'

import { lexicalPlainText } from '@/lib/lexical/plain-text'
import { scoreRelated, selectRelated, type RelatedCandidate, type RelatedItem, type ScoredCandidate } from '../domain'
import { relatedListChanged, type ShownSuggestion } from '../domain/list-change'
import { articleSummary, articleSummaryPopulate, articleSummarySelect, type ArticleSummary } from '@/lib/articles/summary'
import type { Article } from '@/payload-types'

/** How many scored suggestions are kept per article (pages show 4; editors see more to pin from). */
export const KEPT_SUGGESTIONS = 12
/** Candidates considered per article: those sharing a section, tag or byline, plus the newest. */
const POOL_SHARING = 300
const POOL_RECENT = 100
/** Enough body text for similarity; the whole of a long read adds cost, not signal. */
const TEXT_CHARS = 4000
export const MAX_RELATED_LIMIT = 12

const idOf = (value: unknown): string | null =>
  typeof value === 'string' ? value : value && typeof value === 'object' && 'id' in value ? String((value as { id: unknown }).id) : null

type PoolArticle = Pick<
  Article,
  'id' | 'title' | 'dek' | 'body' | 'section' | 'tags' | 'authors' | 'firstPublishedAt' | 'excludeFromRelated' | '_status'
>

function candidateOf(article: PoolArticle): RelatedCandidate {
  // A draft just opened in the admin has no title yet (autosave made it), and the sidebar asks for
  // its suggestions at once.
  const title = article.title ?? ''
  return {
    id: article.id,
    title,
    text: `${title}\n${article.dek ?? ''}\n${lexicalPlainText(article.body).slice(0, TEXT_CHARS)}`,
    sectionId: idOf(article.section),
    tagSlugs: (article.tags ?? []).map((tag) => (typeof tag === 'object' ? (tag.slug ?? '') : tag)).filter(Boolean),
    authorIds: (article.authors ?? []).map(idOf).filter((id): id is string => id !== null),
    publishedAt: article.firstPublishedAt ?? null,
    excludeFromRelated: Boolean(article.excludeFromRelated),
    published: article._status === 'published',
  }
}

const poolSelect = {
  title: true,
  dek: true,
  body: true,
  section: true,
  tags: true,
  authors: true,
  firstPublishedAt: true,
  excludeFromRelated: true,
  _status: true,
} as const

async function publishedArticles(payload: Payload, where: Where, limit: number, req?: PayloadRequest): Promise<PoolArticle[]> {
  const result = await payload.find({
    collection: 'articles',
    where: { and: [{ _status: { equals: 'published' } }, where] },
    sort: '-firstPublishedAt',
    limit,
    pagination: false,
    depth: 1,
    select: poolSelect,
    populate: { tags: { slug: true } },
    overrideAccess: true,
    req,
  })
  return result.docs as PoolArticle[]
}

/**
 * Suggestions are written one article at a time in a process: the job runner runs jobs side by
 * side, and two refreshes rewriting the same document's rows at once would interleave them.
 */
let writing: Promise<unknown> = Promise.resolve()
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const result = writing.then(work, work)
  writing = result.catch(() => undefined)
  return result
}

/** Scores the article against its candidate pool and stores the suggestions. */
export function computeRelated(payload: Payload, articleId: string, now = new Date(), req?: PayloadRequest): Promise<number> {
  return oneAtATime(() => computeAndStore(payload, articleId, now, req)).then((result) => result.stored)
}

/** Recomputes and stores an article's related list; true when it now reads differently (to purge its pages). */
export function recomputeRelated(payload: Payload, articleId: string, now = new Date(), req?: PayloadRequest): Promise<boolean> {
  return oneAtATime(() => computeAndStore(payload, articleId, now, req)).then((result) => result.changed)
}

const shown = (items: { article?: unknown; reasons?: unknown }[] | null | undefined): ShownSuggestion[] =>
  (items ?? []).map((item) => ({
    article: idOf(item.article as string | { id: string } | null),
    reasons: Array.isArray(item.reasons) ? item.reasons.map(String) : [],
  }))

async function computeAndStore(
  payload: Payload,
  articleId: string,
  now: Date,
  req?: PayloadRequest,
): Promise<{ stored: number; changed: boolean }> {
  const [target] = await publishedArticles(payload, { id: { equals: articleId } }, 1, req)
  const existing = await payload.find({
    collection: 'related-suggestions',
    where: { article: { equals: articleId } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const before = existing.docs[0] ? shown(existing.docs[0].items as never) : null
  if (!target) {
    // Unpublished or gone: it has no related list of its own any more.
    if (existing.docs[0])
      await payload.delete({
        collection: 'related-suggestions',
        id: existing.docs[0].id,
        overrideAccess: true,
        req,
      })
    return { stored: 0, changed: before !== null }
  }
  const scored = await scoreArticle(payload, target, now, req)
  const data = {
    article: articleId,
    computedAt: now.toISOString(),
    items: scored.map((item) => ({
      article: item.id,
      score: item.score,
      reasons: item.reasons,
    })),
  }
  if (existing.docs[0])
    await payload.update({
      collection: 'related-suggestions',
      id: existing.docs[0].id,
      data,
      overrideAccess: true,
      req,
    })
  else
    await payload.create({
      collection: 'related-suggestions',
      data,
      overrideAccess: true,
      req,
    })
  return { stored: scored.length, changed: relatedListChanged(before, shown(data.items)) }
}

/** Scores one article (published or a draft being written) against its candidate pool. */
async function scoreArticle(payload: Payload, target: PoolArticle, now: Date, req?: PayloadRequest): Promise<ScoredCandidate[]> {
  const candidate = candidateOf(target)
  const tagIds = (target.tags ?? []).map(idOf).filter((id): id is string => id !== null)
  const sharing: Where[] = [
    ...(candidate.sectionId ? [{ section: { equals: candidate.sectionId } }] : []),
    ...(tagIds.length ? [{ tags: { in: tagIds } }] : []),
    ...(candidate.authorIds.length ? [{ authors: { in: candidate.authorIds } }] : []),
  ]
  const [related, recent] = await Promise.all([
    sharing.length ? publishedArticles(payload, { and: [{ id: { not_equals: target.id } }, { or: sharing }] }, POOL_SHARING, req) : [],
    publishedArticles(payload, { id: { not_equals: target.id } }, POOL_RECENT, req),
  ])
  const pool = [...new Map([...related, ...recent].map((article) => [article.id, candidateOf(article)])).values()]
  return scoreRelated({ ...candidate, published: true }, pool, { now }).slice(0, KEPT_SUGGESTIONS)
}

/**
 * For the editor's sidebar: suggestions for the article as it stands, draft or published, scored
 * on the spot (staff only, one article at a time), with titles to pick from.
 */
export async function suggestionsForEditor(
  req: PayloadRequest,
  articleId: string,
): Promise<{ id: string; title: string; score: number; reasons: string[] }[]> {
  const article = await req.payload.findByID({
    collection: 'articles',
    id: articleId,
    draft: true,
    depth: 1,
    select: poolSelect,
    populate: { tags: { slug: true } },
    overrideAccess: false,
    user: req.user,
    disableErrors: true,
  })
  if (!article) throw new APIError('No article with this ID that you can see.', 404, { id: articleId }, true)
  const scored = await scoreArticle(req.payload, article as PoolArticle, new Date())
  const titles = await req.payload.find({
    collection: 'articles',
    where: { id: { in: scored.map((item) => item.id) } },
    select: { title: true },
    limit: scored.length,
    depth: 0,
    overrideAccess: true,
  })
  const titleOf = new Map(titles.docs.map((doc) => [doc.id, doc.title]))
  return scored.map((item) => ({ ...item, title: titleOf.get(item.id) ?? '' }))
}

/**
 * The articles whose stored suggestions may change when this one is published, edited or
 * unpublished: those that list it now, and recent ones sharing its section or tags (they might
 * list it next).
 */
export async function neighboursOf(payload: Payload, articleId: string, req?: PayloadRequest): Promise<string[]> {
  const listing = await payload.find({
    collection: 'related-suggestions',
    where: { 'items.article': { equals: articleId } },
    limit: 200,
    depth: 0,
    select: { article: true },
    overrideAccess: true,
    req,
  })
  const article = await payload.findByID({
    collection: 'articles',
    id: articleId,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  const sharing: Where[] = [
    ...(article?.section ? [{ section: { equals: idOf(article.section) } }] : []),
    ...(article?.tags?.length ? [{ tags: { in: article.tags.map(idOf).filter(Boolean) } }] : []),
  ]
  const nearby = sharing.length
    ? await payload.find({
        collection: 'articles',
        where: {
          and: [{ _status: { equals: 'published' } }, { id: { not_equals: articleId } }, { or: sharing }],
        },
        sort: '-firstPublishedAt',
        limit: 50,
        depth: 0,
        select: {},
        overrideAccess: true,
        req,
      })
    : { docs: [] }
  return [...new Set([...listing.docs.map((doc) => idOf(doc.article)), ...nearby.docs.map((doc) => doc.id)])].filter(
    (id): id is string => id !== null && id !== articleId,
  )
}

export type RelatedStory = RelatedItem & ArticleSummary

/**
 * The related list for a page: the editor's published picks first, then the stored suggestions,
 * then the section's latest. A handful of indexed lookups; suggestions that have since been
 * unpublished are dropped on the way out.
 */
export async function relatedStories(payload: Payload, articleId: string, limit: number): Promise<RelatedStory[]> {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_RELATED_LIMIT) {
    throw new APIError(`limit must be a whole number from 1 to ${MAX_RELATED_LIMIT}.`, 400, { parameter: 'limit' }, true)
  }
  const found = await payload.find({
    collection: 'articles',
    where: {
      and: [{ id: { equals: articleId } }, { _status: { equals: 'published' } }],
    },
    select: { relatedStories: true, section: true },
    depth: 0,
    pagination: false,
    limit: 1,
    overrideAccess: false,
  })
  const article = found.docs[0]
  if (!article) throw new APIError('No published article has this ID.', 404, { id: articleId }, true)

  const suggestions = await payload.find({
    collection: 'related-suggestions',
    where: { article: { equals: articleId } },
    depth: 0,
    pagination: false,
    limit: 1,
    overrideAccess: true,
  })
  const stored = suggestions.docs[0]?.items ?? []
  const curatedIds = (article.relatedStories ?? []).map(idOf).filter((id): id is string => id !== null)
  const scoredIds = stored.map((item) => idOf(item.article)).filter((id): id is string => id !== null)

  const sectionId = idOf(article.section)
  const needLatest = curatedIds.length + scoredIds.length < limit + 1 && sectionId
  const [shown, latest] = await Promise.all([
    displayable(payload, [...curatedIds, ...scoredIds]),
    needLatest
      ? payload.find({
          collection: 'articles',
          where: {
            and: [{ section: { equals: sectionId } }, { id: { not_equals: articleId } }, { _status: { equals: 'published' } }],
          },
          sort: '-firstPublishedAt',
          limit: limit + curatedIds.length + scoredIds.length,
          pagination: false,
          depth: 1,
          select: articleSummarySelect,
          populate: articleSummaryPopulate,
          overrideAccess: false,
        })
      : { docs: [] as Article[] },
  ])
  const display = new Map([...shown, ...(latest.docs as Article[])].map((doc) => [doc.id, doc]))
  const items = selectRelated({
    limit,
    curated: curatedIds.map((id) => ({ id, published: display.has(id) })),
    scored: stored.flatMap((item) => {
      const id = idOf(item.article)
      return id && display.has(id)
        ? [
            {
              id,
              score: item.score,
              reasons: Array.isArray(item.reasons) ? item.reasons.map(String) : [],
            },
          ]
        : []
    }),
    latestInSection: latest.docs.map((doc) => ({ id: doc.id })),
    exclude: [articleId],
  })
  return items.map((item) => toStory(item, display.get(item.id)!))
}

async function displayable(payload: Payload, ids: string[]): Promise<Article[]> {
  if (ids.length === 0) return []
  const result = await payload.find({
    collection: 'articles',
    where: {
      and: [{ id: { in: [...new Set(ids)] } }, { _status: { equals: 'published' } }],
    },
    limit: ids.length,
    depth: 1,
    select: articleSummarySelect,
    pagination: false,
    populate: articleSummaryPopulate,
    overrideAccess: false,
  })
  return result.docs as Article[]
}

function toStory(item: RelatedItem, article: Article): RelatedStory {
  return { ...articleSummary(article), ...item }
}

/**
 * A deleted article leaves the suggestions: its own list goes, and it leaves the lists that name it
 * (the refresh job queued after the delete then fills their places). Run before the article's row
 * is deleted, in the same transaction: suggestion rows must point at an article (the columns are
 * NOT NULL), so the database refused the delete while any named it.
 */
export async function forgetArticleSuggestions(payload: Payload, articleId: string, req: PayloadRequest): Promise<void> {
  await payload.delete({ collection: 'related-suggestions', where: { article: { equals: articleId } }, overrideAccess: true, req })
  const listing = await payload.find({
    collection: 'related-suggestions',
    where: { 'items.article': { equals: articleId } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  for (const doc of listing.docs) {
    const items = (doc.items ?? []).filter((item) => idOf(item.article) !== articleId)
    await payload.update({ collection: 'related-suggestions', id: doc.id, data: { items }, overrideAccess: true, req })
  }
}
