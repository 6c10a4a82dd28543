import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The edge's shared store of rendered responses (src/server/shared-stores/postgres.ts): every
 * process of a site on PostgreSQL reads one copy per page, kept across restarts. Not a Payload
 * collection: rows are written on every render and purged by tag, with no admin, versions or hooks.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE IF NOT EXISTS "edge_responses" (
    "key" text PRIMARY KEY,
    "meta" text NOT NULL,
    "body" bytea NOT NULL,
    "gzip" bytea,
    "tags" text[] NOT NULL,
    "stored_at" bigint NOT NULL
  );
  CREATE INDEX IF NOT EXISTS "edge_responses_tags_idx" ON "edge_responses" USING gin ("tags");
  CREATE INDEX IF NOT EXISTS "edge_responses_stored_at_idx" ON "edge_responses" ("stored_at");
  CREATE TABLE IF NOT EXISTS "edge_purges" (
    "tag" text PRIMARY KEY,
    "purged_at" bigint NOT NULL
  );
  CREATE TABLE IF NOT EXISTS "edge_leases" (
    "key" text PRIMARY KEY,
    "until" bigint NOT NULL
  );`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "edge_responses"; DROP TABLE IF EXISTS "edge_purges"; DROP TABLE IF EXISTS "edge_leases";`)
}
