/** What one published article contributes to the search index. */
export type SearchDocument = {
  id: string
  slug: string
  title: string
  dek: string
  body: string
  authors: string
  tags: string
  sectionIds: string[]
  tagIds: string[]
  authorIds: string[]
  publishedAt: string | null
}

export type SearchFilters = {
  section?: string
  tag?: string
  author?: string
  from?: Date
  to?: Date
}

export type SearchQuery = {
  /** The words to look for, already cleaned of any full-text syntax (see parseSearchParams). */
  terms: string[]
  filters: SearchFilters
  /** Best match first, or the newest first (ties by the other). */
  sort: 'relevance' | 'newest'
  limit: number
  page: number
}

/** One hit: `snippet` is HTML-safe text with the matched words wrapped in <mark>. */
export type SearchHit = { id: string; score: number; snippet: string }

/** `total` is exact unless `totalIsEstimate` (past the ranked pool: src/search/domain/ranked-pool.ts). */
export type SearchPage = { hits: SearchHit[]; total: number; totalIsEstimate: boolean }

/**
 * One implementation per database engine, each using the engine's own full-text search; chosen
 * where the database adapter is chosen. Writes are idempotent: upsert replaces, remove ignores
 * what is not there.
 */
export interface SearchEngine {
  readonly name: string
  upsert(document: SearchDocument): Promise<void>
  remove(id: string): Promise<void>
  clear(): Promise<void>
  search(query: SearchQuery): Promise<SearchPage>
}
