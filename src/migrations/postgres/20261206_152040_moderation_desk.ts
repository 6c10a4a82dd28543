import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_moderation_events_action" AS ENUM('approve', 'reject', 'spam', 'feature', 'unfeature', 'dismiss-reports', 'ban', 'suspend', 'note', 'status');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendModerationNotice' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendModerationNotice' BEFORE 'schedulePublish';
  CREATE TABLE "moderation_events" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"action" "enum_moderation_events_action" NOT NULL,
  	"summary" varchar,
  	"actor_id" uuid,
  	"comment_id" uuid,
  	"article_id" uuid,
  	"reader_id" uuid,
  	"guest_email" varchar,
  	"reason" varchar,
  	"from_status" varchar,
  	"to_status" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "comments" ADD COLUMN "moderator_note" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "moderation_events_id" uuid;
  ALTER TABLE "moderation_events" ADD CONSTRAINT "moderation_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "moderation_events" ADD CONSTRAINT "moderation_events_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "moderation_events" ADD CONSTRAINT "moderation_events_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "moderation_events" ADD CONSTRAINT "moderation_events_reader_id_readers_id_fk" FOREIGN KEY ("reader_id") REFERENCES "public"."readers"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "moderation_events_action_idx" ON "moderation_events" USING btree ("action");
  CREATE INDEX "moderation_events_actor_idx" ON "moderation_events" USING btree ("actor_id");
  CREATE INDEX "moderation_events_comment_idx" ON "moderation_events" USING btree ("comment_id");
  CREATE INDEX "moderation_events_article_idx" ON "moderation_events" USING btree ("article_id");
  CREATE INDEX "moderation_events_reader_idx" ON "moderation_events" USING btree ("reader_id");
  CREATE INDEX "moderation_events_guest_email_idx" ON "moderation_events" USING btree ("guest_email");
  CREATE INDEX "moderation_events_updated_at_idx" ON "moderation_events" USING btree ("updated_at");
  CREATE INDEX "moderation_events_created_at_idx" ON "moderation_events" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_moderation_events_fk" FOREIGN KEY ("moderation_events_id") REFERENCES "public"."moderation_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_moderation_events_id_idx" ON "payload_locked_documents_rels" USING btree ("moderation_events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "moderation_events" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "moderation_events" CASCADE;
  -- DROP TABLE … CASCADE has already dropped this constraint (Payload generates the two in this order).
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_moderation_events_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'refreshRelated', 'deliverWebhook', 'sendCommentDigest', 'sendSubscriptionConfirmation', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'refreshRelated', 'deliverWebhook', 'sendCommentDigest', 'sendSubscriptionConfirmation', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_moderation_events_id_idx";
  ALTER TABLE "comments" DROP COLUMN "moderator_note";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "moderation_events_id";
  DROP TYPE "public"."enum_moderation_events_action";`)
}
