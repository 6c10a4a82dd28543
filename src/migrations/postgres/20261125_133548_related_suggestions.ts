import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'refreshRelated' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'refreshRelated' BEFORE 'schedulePublish';
  CREATE TABLE "related_suggestions_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"article_id" uuid NOT NULL,
  	"score" numeric NOT NULL,
  	"reasons" jsonb NOT NULL
  );
  
  CREATE TABLE "related_suggestions" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"article_id" uuid NOT NULL,
  	"computed_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "related_suggestions_id" uuid;
  ALTER TABLE "related_suggestions_items" ADD CONSTRAINT "related_suggestions_items_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "related_suggestions_items" ADD CONSTRAINT "related_suggestions_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."related_suggestions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "related_suggestions" ADD CONSTRAINT "related_suggestions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "related_suggestions_items_order_idx" ON "related_suggestions_items" USING btree ("_order");
  CREATE INDEX "related_suggestions_items_parent_id_idx" ON "related_suggestions_items" USING btree ("_parent_id");
  CREATE INDEX "related_suggestions_items_article_idx" ON "related_suggestions_items" USING btree ("article_id");
  CREATE UNIQUE INDEX "related_suggestions_article_idx" ON "related_suggestions" USING btree ("article_id");
  CREATE INDEX "related_suggestions_updated_at_idx" ON "related_suggestions" USING btree ("updated_at");
  CREATE INDEX "related_suggestions_created_at_idx" ON "related_suggestions" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_related_suggestions_fk" FOREIGN KEY ("related_suggestions_id") REFERENCES "public"."related_suggestions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_related_suggestions_id_idx" ON "payload_locked_documents_rels" USING btree ("related_suggestions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "related_suggestions_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "related_suggestions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "related_suggestions_items" CASCADE;
  DROP TABLE "related_suggestions" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_related_suggestions_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_related_suggestions_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "related_suggestions_id";`)
}
