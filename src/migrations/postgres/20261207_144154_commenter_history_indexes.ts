import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "author_createdAt_idx" ON "comments" USING btree ("author_id","created_at");
  CREATE INDEX "guestEmail_createdAt_idx" ON "comments" USING btree ("guest_email","created_at");
  CREATE INDEX "ipHash_createdAt_idx" ON "comments" USING btree ("ip_hash","created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "author_createdAt_idx";
  DROP INDEX "guestEmail_createdAt_idx";
  DROP INDEX "ipHash_createdAt_idx";`)
}
