import { cleanForIndex, foldAccents } from '../domain/snippet'
import type { SearchDocument, SearchEngine, SearchQuery } from '../domain/types'
import { pickSnippet } from './pick-snippet'
import { poolSearch, type PoolQueries } from './pool-search'

/** What this engine needs of the database: a pg Pool's `query`, returning rows. */
export type PostgresExecutor = { query(sql: string, args: unknown[]): Promise<Record<string, unknown>[]> }

/**
 * PostgreSQL full-text search: `search_documents` with a weighted tsvector (title A, dek and
 * bylines/tags B, body C) behind a GIN index, made by the search migration. The vector is built
 * from accent-folded text (folded here, so no `unaccent` extension is needed) and the original text
 * is kept for headlines. Reader text goes through plainto_tsquery, which treats any punctuation as
 * a separator: no tsquery syntax exists for it to misread.
 */
export function postgresSearchEngine(db: PostgresExecutor): SearchEngine {
  const pool = poolQueries(db)
  return {
    name: 'postgres-tsvector',
    async upsert(document: SearchDocument) {
      await db.query(
        `INSERT INTO search_documents (article_id, slug, title, dek, body, authors, tags, section_ids, tag_ids, author_ids, published_at, document)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11,
           setweight(to_tsvector('english', $12), 'A') || setweight(to_tsvector('english', $13), 'B') ||
           setweight(to_tsvector('english', $14), 'B') || setweight(to_tsvector('english', $15), 'C'))
         ON CONFLICT (article_id) DO UPDATE SET slug = EXCLUDED.slug, title = EXCLUDED.title, dek = EXCLUDED.dek, body = EXCLUDED.body,
           authors = EXCLUDED.authors, tags = EXCLUDED.tags, section_ids = EXCLUDED.section_ids, tag_ids = EXCLUDED.tag_ids,
           author_ids = EXCLUDED.author_ids, published_at = EXCLUDED.published_at, document = EXCLUDED.document`,
        [
          document.id,
          document.slug,
          ...[document.title, document.dek, document.body, document.authors, document.tags].map(cleanForIndex),
          document.sectionIds,
          document.tagIds,
          document.authorIds,
          document.publishedAt,
          ...[document.title, document.dek, `${document.authors} ${document.tags}`, document.body].map((text) =>
            foldAccents(cleanForIndex(text)),
          ),
        ],
      )
    },
    async remove(id: string) {
      await db.query('DELETE FROM search_documents WHERE article_id = $1', [id])
    },
    async clear() {
      await db.query('DELETE FROM search_documents', [])
    },
    search: poolSearch(pool),
  }
}

/** The filters (words aside) as SQL on `search_documents d`; arguments numbered after `args`. */
function filtersOf(query: SearchQuery, args: unknown[]): string[] {
  const where: string[] = []
  const add = (clause: (n: number) => string, value: unknown) => {
    args.push(value)
    where.push(clause(args.length))
  }
  const { section, tag, author, from, to } = query.filters
  // `@>` rather than `= ANY`: the arrays' GIN indexes and statistics serve only the former.
  if (section) add((n) => `d.section_ids @> ARRAY[$${n}::text]`, section)
  if (tag) add((n) => `d.tag_ids @> ARRAY[$${n}::text]`, tag)
  if (author) add((n) => `d.author_ids @> ARRAY[$${n}::text]`, author)
  if (from) add((n) => `d.published_at >= $${n}`, from.toISOString())
  if (to) add((n) => `d.published_at <= $${n}`, to.toISOString())
  return where
}

const HEADLINE = `StartSel=${'\u0002'}, StopSel=${'\u0003'}, MaxFragments=1, MaxWords=32, MinWords=14, FragmentDelimiter=…`

/**
 * The ranked pool's queries (src/search/engines/pool-search.ts). Matches are walked newest first on
 * `search_documents_newest_idx`, or found by the GIN index and sorted when they are few: the planner
 * chooses, which it can only do well when it sees the words. So the tsquery is written inline (never
 * from a CTE, which hides it and made a common word cost a second at 500,000 stories), and the
 * filters come before it: a cheap array test spares reading a story's vector, which lives in TOAST.
 * `ts_rank_cd` reads only the vectors of the stories returned. The order key is the publication
 * time in milliseconds.
 */
const TSQUERY = "plainto_tsquery('english', $1)"

function poolQueries(db: PostgresExecutor): PoolQueries {
  return {
    async newest(query, offset, limit) {
      const args: unknown[] = [foldAccents(query.terms.join(' '))]
      const where = [...filtersOf(query, args), `d.document @@ ${TSQUERY}`]
      args.push(limit, offset)
      const rows = await db.query(
        `SELECT hit.article_id AS id, hit.key, ts_rank_cd(hit.document, ${TSQUERY}) AS score
         FROM (
           SELECT d.article_id, coalesce(extract(epoch FROM d.published_at) * 1000, 0)::float8 AS key, d.document
           FROM search_documents d WHERE ${where.join(' AND ')}
           ORDER BY d.published_at DESC NULLS LAST, d.article_id DESC LIMIT $${args.length - 1} OFFSET $${args.length}
         ) hit
         ORDER BY hit.key DESC, hit.article_id DESC`,
        args,
      )
      return rows.map((row) => ({ id: String(row.id), key: Number(row.key), score: Number(row.score) }))
    },
    async stories(query, sinceKey) {
      const args: unknown[] = []
      const where = filtersOf(query, args)
      if (where.length === 0 && sinceKey === undefined) {
        // All stories: the planner's own count (kept by autovacuum) instead of reading the table.
        const [row] = await db.query(
          `SELECT CASE WHEN reltuples > 0 THEN reltuples::bigint ELSE (SELECT count(*) FROM search_documents) END AS total
           FROM pg_class WHERE oid = 'search_documents'::regclass`,
          [],
        )
        return Number(row?.total ?? 0)
      }
      if (sinceKey !== undefined) {
        args.push(sinceKey / 1000)
        where.push(`d.published_at >= to_timestamp($${args.length})`)
      }
      const [row] = await db.query(
        `SELECT count(*) AS total FROM search_documents d ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}`,
        args,
      )
      return Number(row?.total ?? 0)
    },
    async snippets(query, ids) {
      const rows = await db.query(
        `SELECT d.article_id AS id, ts_headline('english', d.body, ${TSQUERY}, '${HEADLINE}') AS body_snippet,
           ts_headline('english', d.dek, ${TSQUERY}, '${HEADLINE}') AS dek_snippet
         FROM search_documents d WHERE d.article_id = ANY($2)`,
        [foldAccents(query.terms.join(' ')), ids],
      )
      return new Map(rows.map((row) => [String(row.id), pickSnippet([String(row.body_snippet ?? ''), String(row.dek_snippet ?? '')])]))
    },
  }
}
