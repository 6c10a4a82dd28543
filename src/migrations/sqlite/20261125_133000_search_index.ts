import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/** Full-text search (src/search/engines/sqlite.ts): an FTS5 table and its filter columns. */
export async function up({ db }: MigrateUpArgs): Promise<void> {
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

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE IF EXISTS search_meta;`)
  await db.run(sql`DROP TABLE IF EXISTS search_fts;`)
}
