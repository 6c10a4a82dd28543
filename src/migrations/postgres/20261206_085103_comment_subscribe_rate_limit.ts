import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "comment_settings" ADD COLUMN "subscribe_rate_limit_max" numeric DEFAULT 20;
  ALTER TABLE "comment_settings" ADD COLUMN "subscribe_rate_limit_window_seconds" numeric DEFAULT 3600;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "comment_settings" DROP COLUMN "subscribe_rate_limit_max";
  ALTER TABLE "comment_settings" DROP COLUMN "subscribe_rate_limit_window_seconds";`)
}
