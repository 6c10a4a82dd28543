import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_comment_subscriptions_scope" AS ENUM('article', 'replies');
  CREATE TYPE "public"."enum_comment_subscriptions_status" AS ENUM('pending', 'active', 'unsubscribed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendCommentDigest' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendSubscriptionConfirmation' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendCommentDigest' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendSubscriptionConfirmation' BEFORE 'schedulePublish';
  CREATE TABLE "comment_subscriptions" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"article_id" uuid NOT NULL,
  	"email" varchar NOT NULL,
  	"reader_id" uuid,
  	"scope" "enum_comment_subscriptions_scope" NOT NULL,
  	"status" "enum_comment_subscriptions_status" DEFAULT 'pending' NOT NULL,
  	"confirmed_at" timestamp(3) with time zone,
  	"confirmation_sent_at" timestamp(3) with time zone,
  	"notified_through" timestamp(3) with time zone,
  	"last_sent_at" timestamp(3) with time zone,
  	"digest_due_at" timestamp(3) with time zone,
  	"ip_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "comments" ADD COLUMN "approved_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "comment_subscriptions_id" uuid;
  ALTER TABLE "comment_settings" ADD COLUMN "notify_interval_minutes" numeric DEFAULT 10;
  ALTER TABLE "comment_settings" ADD COLUMN "max_subscriptions_per_address" numeric DEFAULT 50;
  ALTER TABLE "comment_subscriptions" ADD CONSTRAINT "comment_subscriptions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comment_subscriptions" ADD CONSTRAINT "comment_subscriptions_reader_id_readers_id_fk" FOREIGN KEY ("reader_id") REFERENCES "public"."readers"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "comment_subscriptions_article_idx" ON "comment_subscriptions" USING btree ("article_id");
  CREATE INDEX "comment_subscriptions_email_idx" ON "comment_subscriptions" USING btree ("email");
  CREATE INDEX "comment_subscriptions_reader_idx" ON "comment_subscriptions" USING btree ("reader_id");
  CREATE INDEX "comment_subscriptions_status_idx" ON "comment_subscriptions" USING btree ("status");
  CREATE INDEX "comment_subscriptions_ip_hash_idx" ON "comment_subscriptions" USING btree ("ip_hash");
  CREATE INDEX "comment_subscriptions_updated_at_idx" ON "comment_subscriptions" USING btree ("updated_at");
  CREATE INDEX "comment_subscriptions_created_at_idx" ON "comment_subscriptions" USING btree ("created_at");
  CREATE UNIQUE INDEX "article_email_scope_idx" ON "comment_subscriptions" USING btree ("article_id","email","scope");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_comment_subscriptions_fk" FOREIGN KEY ("comment_subscriptions_id") REFERENCES "public"."comment_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "comments_approved_at_idx" ON "comments" USING btree ("approved_at");
  CREATE INDEX "payload_locked_documents_rels_comment_subscriptions_id_idx" ON "payload_locked_documents_rels" USING btree ("comment_subscriptions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "comment_subscriptions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "comment_subscriptions" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_comment_subscriptions_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'refreshRelated', 'deliverWebhook', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'refreshRelated', 'deliverWebhook', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX IF EXISTS "comments_approved_at_idx";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_comment_subscriptions_id_idx";
  ALTER TABLE "comments" DROP COLUMN "approved_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "comment_subscriptions_id";
  ALTER TABLE "comment_settings" DROP COLUMN "notify_interval_minutes";
  ALTER TABLE "comment_settings" DROP COLUMN "max_subscriptions_per_address";
  DROP TYPE "public"."enum_comment_subscriptions_scope";
  DROP TYPE "public"."enum_comment_subscriptions_status";`)
}
