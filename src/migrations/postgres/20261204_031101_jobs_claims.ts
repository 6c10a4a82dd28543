import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs" ADD COLUMN "claimed_by" varchar;
  ALTER TABLE "payload_jobs" ADD COLUMN "claimed_at" timestamp(3) with time zone;
  ALTER TABLE "payload_jobs" ADD COLUMN "sending_at" timestamp(3) with time zone;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs" DROP COLUMN "claimed_by";
  ALTER TABLE "payload_jobs" DROP COLUMN "claimed_at";
  ALTER TABLE "payload_jobs" DROP COLUMN "sending_at";`)
}
