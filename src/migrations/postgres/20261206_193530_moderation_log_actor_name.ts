import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "moderation_events" ADD COLUMN "actor_name" varchar;
  CREATE INDEX "moderation_events_actor_name_idx" ON "moderation_events" USING btree ("actor_name");`)
  // Entries made before the column: the name their account has now.
  await db.execute(sql`
   UPDATE "moderation_events" SET "actor_name" = COALESCE("users"."name", "users"."email")
   FROM "users" WHERE "users"."id" = "moderation_events"."actor_id";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "moderation_events_actor_name_idx";
  ALTER TABLE "moderation_events" DROP COLUMN "actor_name";`)
}
