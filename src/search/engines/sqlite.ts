import { cleanForIndex } from '../domain/snippet'
import type { SearchDocument, SearchEngine, SearchPage, SearchQuery } from '../domain/types'
import { pickSnippet } from './pick-snippet'

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
 * SQLite FTS5 (the `search_fts` virtual table, porter stemming, accents folded) plus `search_meta`
 * for the filters; both made by the search migration. bm25 weights: title 10, dek 4, body 1,
 * authors 3, tags 3.
 */
export function sqliteSearchEngine(db: SqliteExecutor): SearchEngine {
  return {
    name: 'sqlite-fts5',
    async upsert(document: SearchDocument) {
      await db.batch([
        { sql: 'DELETE FROM search_fts WHERE article_id = ?', args: [document.id] },
        { sql: 'DELETE FROM search_meta WHERE article_id = ?', args: [document.id] },
        {
          sql: 'INSERT INTO search_fts (title, dek, body, authors, tags, article_id) VALUES (?, ?, ?, ?, ?, ?)',
          args: [document.title, document.dek, document.body, document.authors, document.tags].map(cleanForIndex).concat(document.id),
        },
        {
          sql: 'INSERT INTO search_meta (article_id, slug, section_ids, tag_ids, author_ids, published_at) VALUES (?, ?, ?, ?, ?, ?)',
          args: [
            document.id,
            document.slug,
            list(document.sectionIds),
            list(document.tagIds),
            list(document.authorIds),
            document.publishedAt,
          ],
        },
      ])
    },
    async remove(id: string) {
      await db.batch([
        { sql: 'DELETE FROM search_fts WHERE article_id = ?', args: [id] },
        { sql: 'DELETE FROM search_meta WHERE article_id = ?', args: [id] },
      ])
    },
    async clear() {
      await db.batch([
        { sql: 'DELETE FROM search_fts', args: [] },
        { sql: 'DELETE FROM search_meta', args: [] },
      ])
    },
    async search(query: SearchQuery): Promise<SearchPage> {
      const where = ['search_fts MATCH ?']
      const args: unknown[] = [fts5Match(query.terms)]
      const { section, tag, author, from, to } = query.filters
      if (section) {
        where.push("m.section_ids LIKE '%,' || ? || ',%'")
        args.push(section)
      }
      if (tag) {
        where.push("m.tag_ids LIKE '%,' || ? || ',%'")
        args.push(tag)
      }
      if (author) {
        where.push("m.author_ids LIKE '%,' || ? || ',%'")
        args.push(author)
      }
      if (from) {
        where.push('m.published_at >= ?')
        args.push(from.toISOString())
      }
      if (to) {
        where.push('m.published_at <= ?')
        args.push(to.toISOString())
      }
      const matching = 'FROM search_fts JOIN search_meta m ON m.article_id = search_fts.article_id WHERE ' + where.join(' AND ')
      const [counted] = await db.query(`SELECT count(*) AS total ${matching}`, args)
      const rows = await db.query(
        `SELECT m.article_id AS id, bm25(search_fts, 10.0, 4.0, 1.0, 3.0, 3.0) AS rank,
           snippet(search_fts, 2, char(2), char(3), '…', 28) AS body_snippet,
           snippet(search_fts, 1, char(2), char(3), '…', 28) AS dek_snippet
         ${matching} ORDER BY ${query.sort === 'newest' ? 'm.published_at DESC, rank' : 'rank, m.published_at DESC'} LIMIT ? OFFSET ?`,
        [...args, query.limit, (query.page - 1) * query.limit],
      )
      return {
        total: Number(counted?.total ?? 0),
        hits: rows.map((row) => ({
          id: String(row.id),
          // bm25 is "lower is better"; flip it so every engine reports "higher is better".
          score: Math.round(-Number(row.rank) * 1000) / 1000,
          snippet: pickSnippet([String(row.body_snippet ?? ''), String(row.dek_snippet ?? '')]),
        })),
      }
    },
  }
}
