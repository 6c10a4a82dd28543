import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/** Full-text search (src/search/engines/postgres.ts): a weighted tsvector behind a GIN index. */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE search_documents (
    article_id text PRIMARY KEY,
    slug text,
    title text NOT NULL DEFAULT '',
    dek text NOT NULL DEFAULT '',
    body text NOT NULL DEFAULT '',
    authors text NOT NULL DEFAULT '',
    tags text NOT NULL DEFAULT '',
    section_ids text[] NOT NULL DEFAULT '{}',
    tag_ids text[] NOT NULL DEFAULT '{}',
    author_ids text[] NOT NULL DEFAULT '{}',
    published_at timestamptz,
    -- Weighted (title A, dek and bylines/tags B, body C), from accent-folded text; written with the row.
    document tsvector NOT NULL
  );
  CREATE INDEX search_documents_document_idx ON search_documents USING GIN (document);
  CREATE INDEX search_documents_sections_idx ON search_documents USING GIN (section_ids);
  CREATE INDEX search_documents_tags_idx ON search_documents USING GIN (tag_ids);
  CREATE INDEX search_documents_authors_idx ON search_documents USING GIN (author_ids);
  CREATE INDEX search_documents_published_at_idx ON search_documents (published_at);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS search_documents;`)
}
