import { APIError, type Payload, type PayloadRequest, type Where } from 'payload'

import { searchEngineFor } from '@/db/search-engine'
import { articleSummary, articleSummaryPopulate, articleSummarySelect, type ArticleSummary } from '@/lib/articles/summary'
import { articleSearchDocument, type IndexableArticle } from '../domain/document'
import { isSearchParamError, parseSearchParams } from '../domain/query'
import type { Article } from '@/payload-types'

/**
 * Keeps the search index in step with what is published, and answers searches. The REST endpoint,
 * the GraphQL query, the article hooks and `npm run reindex` all come through here.
 */

/** Indexes the article's published version, or drops it from the index when nothing is published. */
export async function syncArticle(payload: Payload, id: string, req?: PayloadRequest): Promise<'indexed' | 'removed'> {
  const engine = searchEngineFor(payload)
  const published = await payload.find({
    collection: 'articles',
    where: {
      and: [{ id: { equals: id } }, { _status: { equals: 'published' } }],
    },
    depth: 1,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
    populate: { authors: { name: true }, tags: { name: true } },
  })
  const article = published.docs[0]
  if (!article) {
    await engine.remove(id)
    return 'removed'
  }
  await engine.upsert(articleSearchDocument(article as unknown as IndexableArticle))
  return 'indexed'
}

/** Rebuilds the whole index from the published articles, a page at a time. */
export async function reindexAll(payload: Payload, progress: (done: number, total: number) => void): Promise<number> {
  const engine = searchEngineFor(payload)
  await engine.clear()
  let page = 1
  let done = 0
  for (;;) {
    const batch = await payload.find({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
      depth: 1,
      limit: 100,
      page,
      sort: 'createdAt',
      overrideAccess: true,
      populate: { authors: { name: true }, tags: { name: true } },
    })
    for (const article of batch.docs) await engine.upsert(articleSearchDocument(article as unknown as IndexableArticle))
    done += batch.docs.length
    progress(done, batch.totalDocs)
    if (!batch.hasNextPage) return done
    page += 1
  }
}

export type SearchResult = ArticleSummary & {
  authors: { name: string; slug: string | null | undefined }[]
  snippet: string
  score: number
}

export type SearchResponse = {
  q: string
  terms: string[]
  total: number
  /** Past the thousand newest matches the total is estimated (src/search/domain/ranked-pool.ts). */
  totalIsEstimate: boolean
  page: number
  limit: number
  totalPages: number
  results: SearchResult[]
}

async function idForSlug(collection: 'sections' | 'tags' | 'authors', payload: Payload, slug: string): Promise<string | undefined> {
  // Not on the reader's request: the read guards judge the reader's own parameters, not ours.
  const found = await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, pagination: false, depth: 0, select: {} })
  return found.docs[0]?.id
}

/** A public search: parameters checked (400 with the parameter named), published articles only. */
export async function searchArticles(req: PayloadRequest, params: Record<string, unknown>): Promise<SearchResponse> {
  const parsed = parseSearchParams(params)
  if (isSearchParamError(parsed)) throw new APIError(parsed.message, 400, { parameter: parsed.parameter }, true)

  const empty: SearchResponse = {
    q: parsed.text,
    terms: parsed.terms,
    total: 0,
    totalIsEstimate: false,
    page: parsed.page,
    limit: parsed.limit,
    totalPages: 0,
    results: [],
  }
  const filters = { ...parsed.filters }
  for (const key of ['section', 'tag', 'author'] as const) {
    const slug = parsed.filters[key]
    if (!slug) continue
    const id = await idForSlug(key === 'section' ? 'sections' : key === 'tag' ? 'tags' : 'authors', req.payload, slug)
    if (!id) return empty
    filters[key] = id
  }

  const { hits, total, totalIsEstimate } = await searchEngineFor(req.payload).search({
    terms: parsed.terms,
    filters,
    sort: parsed.sort,
    limit: parsed.limit,
    page: parsed.page,
  })
  if (hits.length === 0) return { ...empty, total, totalIsEstimate, totalPages: Math.ceil(total / parsed.limit) }

  // The index may briefly trail an unpublish: the articles themselves are read with public access.
  const where: Where = { id: { in: hits.map((hit) => hit.id) } }
  const articles = await req.payload.find({
    collection: 'articles',
    where,
    depth: 1,
    limit: hits.length,
    pagination: false,
    // Anonymous on purpose (no user, no req): what a reader without a login may see.
    overrideAccess: false,
    select: { ...articleSummarySelect, authors: true },
    populate: { ...articleSummaryPopulate, authors: { name: true, slug: true } },
  })
  const byId = new Map(articles.docs.map((article) => [article.id, article as Article]))
  const results = hits.flatMap((hit): SearchResult[] => {
    const article = byId.get(hit.id)
    if (!article) return []
    return [
      {
        ...articleSummary(article),
        authors: (article.authors ?? []).flatMap((author) =>
          typeof author === 'object' ? [{ name: author.name, slug: author.slug }] : [],
        ),
        snippet: hit.snippet,
        score: hit.score,
      },
    ]
  })
  return {
    q: parsed.text,
    terms: parsed.terms,
    total,
    totalIsEstimate,
    page: parsed.page,
    limit: parsed.limit,
    totalPages: Math.ceil(total / parsed.limit),
    results,
  }
}
