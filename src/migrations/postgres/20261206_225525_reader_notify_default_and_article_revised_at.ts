import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_readers_notify_default" AS ENUM('none', 'replies', 'article');
  ALTER TABLE "articles" ADD COLUMN "revised_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_revised_at" timestamp(3) with time zone;
  ALTER TABLE "readers" ADD COLUMN "notify_default" "enum_readers_notify_default" DEFAULT 'none';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DROP COLUMN "revised_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_revised_at";
  ALTER TABLE "readers" DROP COLUMN "notify_default";
  DROP TYPE "public"."enum_readers_notify_default";`)
}
