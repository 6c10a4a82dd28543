import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "comments" ADD COLUMN "quote_exact" varchar;
  ALTER TABLE "comments" ADD COLUMN "quote_prefix" varchar;
  ALTER TABLE "comments" ADD COLUMN "quote_suffix" varchar;
  ALTER TABLE "comments" ADD COLUMN "quote_block_index" numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "comments" DROP COLUMN "quote_exact";
  ALTER TABLE "comments" DROP COLUMN "quote_prefix";
  ALTER TABLE "comments" DROP COLUMN "quote_suffix";
  ALTER TABLE "comments" DROP COLUMN "quote_block_index";`)
}
