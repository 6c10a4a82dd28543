import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Search by order key (src/search/engines/sqlite.ts): both search tables keyed by the story's
 * publication time (milliseconds × 1,024 plus a sequence number), so FTS5 walks matches newest
 * first and a search stops at the thousand it ranks. What is indexed is carried over.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE search_meta RENAME TO search_meta_before;`)
  await db.run(sql`ALTER TABLE search_fts RENAME TO search_fts_before;`)
  await db.run(sql`CREATE TABLE search_meta (
    order_key integer PRIMARY KEY,
    article_id text NOT NULL UNIQUE,
    slug text,
    section_ids text NOT NULL DEFAULT ',',
    tag_ids text NOT NULL DEFAULT ',',
    author_ids text NOT NULL DEFAULT ',',
    published_at text
  );`)
  await db.run(sql`CREATE VIRTUAL TABLE search_fts USING fts5(
    title, dek, body, authors, tags,
    tokenize = 'porter unicode61 remove_diacritics 2'
  );`)
  await db.run(sql`INSERT INTO search_meta (order_key, article_id, slug, section_ids, tag_ids, author_ids, published_at)
    SELECT coalesce(CAST(round((julianday(published_at) - 2440587.5) * 86400000) AS integer), 0) * 1024
        + row_number() OVER (PARTITION BY published_at ORDER BY article_id) - 1,
      article_id, slug, section_ids, tag_ids, author_ids, published_at
    FROM search_meta_before;`)
  await db.run(sql`INSERT INTO search_fts (rowid, title, dek, body, authors, tags)
    SELECT m.order_key, f.title, f.dek, f.body, f.authors, f.tags
    FROM search_fts_before f JOIN search_meta m ON m.article_id = f.article_id;`)
  await db.run(sql`DROP TABLE search_fts_before;`)
  await db.run(sql`DROP TABLE search_meta_before;`)
}

/** Back to the tables keyed by article: the index is emptied; `npm run reindex` fills it again. */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE IF EXISTS search_fts;`)
  await db.run(sql`DROP TABLE IF EXISTS search_meta;`)
  await db.run(sql`CREATE VIRTUAL TABLE search_fts USING fts5(
    title, dek, body, authors, tags, article_id UNINDEXED,
    tokenize = 'porter unicode61 remove_diacritics 2'
  );`)
  await db.run(sql`CREATE TABLE search_meta (
    article_id text PRIMARY KEY NOT NULL,
    slug text,
    section_ids text NOT NULL DEFAULT ',',
    tag_ids text NOT NULL DEFAULT ',',
    author_ids text NOT NULL DEFAULT ',',
    published_at text
  );`)
  await db.run(sql`CREATE INDEX search_meta_published_at_idx ON search_meta (published_at);`)
}
