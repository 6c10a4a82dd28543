import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "comment_reports" ADD COLUMN "dismissed_at" timestamp(3) with time zone;
  ALTER TABLE "comment_reports" ADD COLUMN "dismissed_by_id" uuid;
  ALTER TABLE "comment_reports" ADD CONSTRAINT "comment_reports_dismissed_by_id_users_id_fk" FOREIGN KEY ("dismissed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "comment_reports_dismissed_at_idx" ON "comment_reports" USING btree ("dismissed_at");
  CREATE INDEX "comment_reports_dismissed_by_idx" ON "comment_reports" USING btree ("dismissed_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "comment_reports" DROP CONSTRAINT "comment_reports_dismissed_by_id_users_id_fk";
  
  DROP INDEX "comment_reports_dismissed_at_idx";
  DROP INDEX "comment_reports_dismissed_by_idx";
  ALTER TABLE "comment_reports" DROP COLUMN "dismissed_at";
  ALTER TABLE "comment_reports" DROP COLUMN "dismissed_by_id";`)
}
