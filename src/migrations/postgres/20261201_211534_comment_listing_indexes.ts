import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "article_depth_featured_createdAt_idx" ON "comments" USING btree ("article_id","depth","featured","created_at");
  CREATE INDEX "article_depth_featured_score_createdAt_idx" ON "comments" USING btree ("article_id","depth","featured","score","created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX IF EXISTS "article_depth_featured_createdAt_idx";
  DROP INDEX IF EXISTS "article_depth_featured_score_createdAt_idx";`)
}
