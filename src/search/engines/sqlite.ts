import { cleanForIndex } from '../domain/snippet'
import type { SearchDocument, SearchEngine, SearchQuery } from '../domain/types'
import { pickSnippet } from './pick-snippet'
import { poolSearch, type PoolQueries } from './pool-search'

/** What this engine needs of the database: libsql's client fits it. */
export type SqliteExecutor = {
  query(sql: string, args: unknown[]): Promise<Record<string, unknown>[]>
  /** Runs the statements in one write transaction. */
  batch(statements: { sql: string; args: unknown[] }[]): Promise<void>
}

/** FTS5 query: every term quoted (so no FTS syntax can slip in), all required. */
export function fts5Match(terms: string[]): string {
  return terms.map((term) => `"${term.replace(/"/g, '""')}"`).join(' ')
}

const list = (ids: string[]) => `,${ids.join(',')},`

/**
 * The order key of a story (`search_meta.order_key`, the rowid of both tables): its publication
 * time in milliseconds times 1,024, plus a sequence number among stories of the same millisecond,
 * so that walking FTS5's index by rowid, newest first, is walking the archive by date. A story
 * with no publication time sorts oldest.
 */
export const KEYS_PER_MS = 1_024
export function orderKeyBase(publishedAt: string | null): number {
  const ms = publishedAt ? Date.parse(publishedAt) : NaN
  return Number.isFinite(ms) && ms > 0 ? ms * KEYS_PER_MS : 0
}

/**
 * The filters (words aside) as SQL on `search_meta m`, with their arguments. Dates are a range of
 * `keyColumn`: given as `search_fts.rowid`, FTS5 starts and stops its walk there.
 */
function filtersOf(query: SearchQuery, keyColumn = 'm.order_key'): { where: string[]; args: unknown[] } {
  const where: string[] = []
  const args: unknown[] = []
  const { section, tag, author, from, to } = query.filters
  for (const [column, id] of [
    ['section_ids', section],
    ['tag_ids', tag],
    ['author_ids', author],
  ] as const) {
    if (!id) continue
    where.push(`m.${column} LIKE '%,' || ? || ',%'`)
    args.push(id)
  }
  if (from) {
    where.push(`${keyColumn} >= ?`)
    args.push(orderKeyBase(from.toISOString()))
  }
  if (to) {
    where.push(`${keyColumn} < ?`)
    args.push(orderKeyBase(to.toISOString()) + KEYS_PER_MS)
  }
  return { where, args }
}

/**
 * SQLite FTS5 (the `search_fts` virtual table, porter stemming, accents folded) plus `search_meta`
 * for the filters, both keyed by the story's order key; made by the search migrations. A search
 * walks the matches newest first (FTS5 reads its index in rowid order and stops at the limit) and
 * ranks the newest thousand with bm25 (weights: title 10, dek 4, body 1, authors 3, tags 3).
 */
export function sqliteSearchEngine(db: SqliteExecutor): SearchEngine {
  const pool: PoolQueries = {
    async newest(query, offset, limit) {
      const filters = filtersOf(query, 'search_fts.rowid')
      const rows = await db.query(
        `SELECT m.article_id AS id, m.order_key AS key, bm25(search_fts, 10.0, 4.0, 1.0, 3.0, 3.0) AS rank
         FROM search_fts JOIN search_meta m ON m.order_key = search_fts.rowid
         WHERE ${['search_fts MATCH ?', ...filters.where].join(' AND ')}
         ORDER BY search_fts.rowid DESC LIMIT ? OFFSET ?`,
        [fts5Match(query.terms), ...filters.args, limit, offset],
      )
      // bm25 is "lower is better"; flipped so every engine reports "higher is better".
      return rows.map((row) => ({ id: String(row.id), key: Number(row.key), score: -Number(row.rank) }))
    },
    async stories(query, sinceKey) {
      const filters = filtersOf(query)
      if (sinceKey !== undefined) {
        filters.where.push('m.order_key >= ?')
        filters.args.push(sinceKey)
      }
      const where = filters.where.length > 0 ? `WHERE ${filters.where.join(' AND ')}` : ''
      const [row] = await db.query(`SELECT count(*) AS total FROM search_meta m ${where}`, filters.args)
      return Number(row?.total ?? 0)
    },
    async snippets(query, ids) {
      const rows = await db.query(
        `SELECT m.article_id AS id, snippet(search_fts, 2, char(2), char(3), '…', 28) AS body_snippet,
           snippet(search_fts, 1, char(2), char(3), '…', 28) AS dek_snippet
         FROM search_fts JOIN search_meta m ON m.order_key = search_fts.rowid
         WHERE search_fts MATCH ? AND m.article_id IN (${ids.map(() => '?').join(', ')})`,
        [fts5Match(query.terms), ...ids],
      )
      return new Map(rows.map((row) => [String(row.id), pickSnippet([String(row.body_snippet ?? ''), String(row.dek_snippet ?? '')])]))
    },
  }
  const remove = (id: string) => [
    { sql: 'DELETE FROM search_fts WHERE rowid = (SELECT order_key FROM search_meta WHERE article_id = ?)', args: [id] },
    { sql: 'DELETE FROM search_meta WHERE article_id = ?', args: [id] },
  ]
  return {
    name: 'sqlite-fts5',
    async upsert(document: SearchDocument) {
      const base = orderKeyBase(document.publishedAt)
      await db.batch([
        ...remove(document.id),
        {
          sql: `INSERT INTO search_meta (order_key, article_id, slug, section_ids, tag_ids, author_ids, published_at)
                VALUES ((SELECT coalesce(max(order_key) + 1, ?) FROM search_meta WHERE order_key >= ? AND order_key < ?), ?, ?, ?, ?, ?, ?)`,
          args: [
            base,
            base,
            base + KEYS_PER_MS,
            document.id,
            document.slug,
            list(document.sectionIds),
            list(document.tagIds),
            list(document.authorIds),
            document.publishedAt,
          ],
        },
        {
          sql: `INSERT INTO search_fts (rowid, title, dek, body, authors, tags)
                VALUES ((SELECT order_key FROM search_meta WHERE article_id = ?), ?, ?, ?, ?, ?)`,
          args: [document.id, ...[document.title, document.dek, document.body, document.authors, document.tags].map(cleanForIndex)],
        },
      ])
    },
    async remove(id: string) {
      await db.batch(remove(id))
    },
    async clear() {
      await db.batch([
        { sql: 'DELETE FROM search_fts', args: [] },
        { sql: 'DELETE FROM search_meta', args: [] },
      ])
    },
    search: poolSearch(pool),
  }
}
