import { cleanForIndex, foldAccents } from '../domain/snippet'
import type { SearchDocument, SearchEngine, SearchPage, SearchQuery } from '../domain/types'
import { pickSnippet } from './pick-snippet'

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
    async search(query: SearchQuery): Promise<SearchPage> {
      const where = ['d.document @@ q.query']
      const args: unknown[] = [foldAccents(query.terms.join(' '))]
      const { section, tag, author, from, to } = query.filters
      const add = (clause: (n: number) => string, value: unknown) => {
        args.push(value)
        where.push(clause(args.length))
      }
      if (section) add((n) => `$${n} = ANY(d.section_ids)`, section)
      if (tag) add((n) => `$${n} = ANY(d.tag_ids)`, tag)
      if (author) add((n) => `$${n} = ANY(d.author_ids)`, author)
      if (from) add((n) => `d.published_at >= $${n}`, from.toISOString())
      if (to) add((n) => `d.published_at <= $${n}`, to.toISOString())
      args.push(query.limit, (query.page - 1) * query.limit)
      const order = (table: string) =>
        query.sort === 'newest' ? `${table}.published_at DESC NULLS LAST, rank DESC` : `rank DESC, ${table}.published_at DESC NULLS LAST`
      const options = `StartSel=${'\u0002'}, StopSel=${'\u0003'}, MaxFragments=1, MaxWords=32, MinWords=14, FragmentDelimiter=…`
      const rows = await db.query(
        `WITH q AS (SELECT plainto_tsquery('english', $1) AS query),
         page AS (
           SELECT d.article_id, d.body, d.dek, ts_rank_cd(d.document, q.query) AS rank, d.published_at, count(*) OVER () AS total
           FROM search_documents d, q WHERE ${where.join(' AND ')}
           ORDER BY ${order('d')} LIMIT $${args.length - 1} OFFSET $${args.length}
         )
         SELECT page.article_id AS id, page.rank, page.total,
           ts_headline('english', page.body, q.query, '${options}') AS body_snippet,
           ts_headline('english', page.dek, q.query, '${options}') AS dek_snippet
         FROM page, q ORDER BY ${order('page')}`,
        args,
      )
      const total = rows.length > 0 ? Number(rows[0].total) : query.page > 1 ? await countMatches(db, where, args.slice(0, -2)) : 0
      return {
        total,
        hits: rows.map((row) => ({
          id: String(row.id),
          score: Math.round(Number(row.rank) * 1000) / 1000,
          snippet: pickSnippet([String(row.body_snippet ?? ''), String(row.dek_snippet ?? '')]),
        })),
      }
    },
  }
}

/** The total when the requested page is past the end (the window count has no row to ride on). */
async function countMatches(db: PostgresExecutor, where: string[], args: unknown[]): Promise<number> {
  const [row] = await db.query(
    `WITH q AS (SELECT plainto_tsquery('english', $1) AS query) SELECT count(*) AS total FROM search_documents d, q WHERE ${where.join(' AND ')}`,
    args,
  )
  return Number(row?.total ?? 0)
}
