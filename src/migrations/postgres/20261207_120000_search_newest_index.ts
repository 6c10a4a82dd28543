import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Search walks matches newest first and stops at the thousand it ranks
 * (src/search/engines/postgres.ts): an index in exactly that order.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS search_documents_published_at_idx;
  CREATE INDEX search_documents_newest_idx ON search_documents (published_at DESC NULLS LAST, article_id DESC);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS search_documents_newest_idx;
  CREATE INDEX search_documents_published_at_idx ON search_documents (published_at);`)
}
