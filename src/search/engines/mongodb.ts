import { cleanForIndex, snippetAround } from '../domain/snippet'
import type { SearchDocument, SearchEngine, SearchPage, SearchQuery } from '../domain/types'

type Filter = Record<string, unknown>
type Cursor = { sort(spec: Filter): Cursor; skip(count: number): Cursor; limit(count: number): Cursor; toArray(): Promise<Filter[]> }

/** What this engine needs of MongoDB: the driver's Collection fits it. */
export type MongoSearchCollection = {
  createIndex(spec: Filter, options: Filter): Promise<unknown>
  replaceOne(filter: Filter, document: Filter, options: { upsert: boolean }): Promise<unknown>
  deleteOne(filter: Filter): Promise<unknown>
  deleteMany(filter: Filter): Promise<unknown>
  countDocuments(filter: Filter): Promise<number>
  find(filter: Filter, options: { projection: Filter }): Cursor
}

/**
 * MongoDB's text index (weights: title 10, dek 4, bylines and tags 3, body 1). Terms are sent as
 * quoted phrases, so every term is required and none is read as negation or a phrase operator.
 * MongoDB has no snippet function: snippets are cut from the body here.
 */
export function mongoSearchEngine(collection: MongoSearchCollection): SearchEngine {
  let indexed: Promise<unknown> | undefined
  const ensureIndexes = () =>
    (indexed ??= Promise.all([
      collection.createIndex(
        { title: 'text', dek: 'text', authors: 'text', tags: 'text', body: 'text' },
        { name: 'search_text', weights: { title: 10, dek: 4, authors: 3, tags: 3, body: 1 }, default_language: 'english' },
      ),
      collection.createIndex({ sectionIds: 1 }, { name: 'search_sections' }),
      collection.createIndex({ tagIds: 1 }, { name: 'search_tags' }),
      collection.createIndex({ authorIds: 1 }, { name: 'search_authors' }),
    ]))

  return {
    name: 'mongodb-text',
    async upsert(document: SearchDocument) {
      await ensureIndexes()
      const { id, ...rest } = document
      const cleaned = { ...rest, title: cleanForIndex(rest.title), dek: cleanForIndex(rest.dek), body: cleanForIndex(rest.body) }
      await collection.replaceOne(
        { _id: id },
        { ...cleaned, publishedAt: rest.publishedAt ? new Date(rest.publishedAt) : null },
        { upsert: true },
      )
    },
    async remove(id: string) {
      await collection.deleteOne({ _id: id })
    },
    async clear() {
      await collection.deleteMany({})
    },
    async search(query: SearchQuery): Promise<SearchPage> {
      await ensureIndexes()
      const filter: Filter = { $text: { $search: query.terms.map((term) => `"${term}"`).join(' ') } }
      const { section, tag, author, from, to } = query.filters
      if (section) filter.sectionIds = section
      if (tag) filter.tagIds = tag
      if (author) filter.authorIds = author
      if (from || to) filter.publishedAt = { ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) }
      const [total, rows] = await Promise.all([
        collection.countDocuments(filter),
        collection
          .find(filter, { projection: { score: { $meta: 'textScore' }, body: 1, dek: 1 } })
          .sort(
            query.sort === 'newest'
              ? { publishedAt: -1, score: { $meta: 'textScore' } }
              : { score: { $meta: 'textScore' }, publishedAt: -1 },
          )
          .skip((query.page - 1) * query.limit)
          .limit(query.limit)
          .toArray(),
      ])
      return {
        total,
        totalIsEstimate: false,
        hits: rows.map((row) => ({
          id: String(row._id),
          score: Math.round(Number(row.score) * 1000) / 1000,
          snippet: snippetAround(`${String(row.body ?? '')}` || String(row.dek ?? ''), query.terms),
        })),
      }
    },
  }
}
