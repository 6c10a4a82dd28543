import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_comment_moderation" AS ENUM('site', 'pre', 'pre-until-trusted', 'post');
  CREATE TYPE "public"."enum__articles_v_version_comment_moderation" AS ENUM('site', 'pre', 'pre-until-trusted', 'post');
  CREATE TYPE "public"."enum_comments_status" AS ENUM('pending', 'approved', 'rejected', 'spam', 'deleted');
  CREATE TYPE "public"."enum_comment_reports_reason" AS ENUM('spam', 'abuse', 'off-topic', 'other');
  CREATE TYPE "public"."enum_comment_settings_webhooks_events" AS ENUM('comment.created', 'comment.approved', 'comment.rejected');
  CREATE TYPE "public"."enum_comment_settings_mode" AS ENUM('pre', 'pre-until-trusted', 'post');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'deliverWebhook' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'deliverWebhook' BEFORE 'schedulePublish';
  CREATE TABLE "comments_moderation_reasons" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"detail" varchar
  );
  
  CREATE TABLE "comments" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"article_id" uuid NOT NULL,
  	"excerpt" varchar,
  	"body" varchar,
  	"status" "enum_comments_status" DEFAULT 'pending',
  	"featured" boolean DEFAULT false,
  	"notice" varchar,
  	"parent_id" uuid,
  	"root_id" uuid,
  	"depth" numeric DEFAULT 0,
  	"reply_to_id" uuid,
  	"reply_to_name" varchar,
  	"author_id" uuid,
  	"guest_name" varchar,
  	"guest_email" varchar,
  	"ip_hash" varchar,
  	"user_agent" varchar,
  	"votes_up" numeric DEFAULT 0,
  	"votes_down" numeric DEFAULT 0,
  	"score" numeric DEFAULT 0,
  	"reply_count" numeric DEFAULT 0,
  	"report_count" numeric DEFAULT 0,
  	"edited_at" timestamp(3) with time zone,
  	"idempotency_key" varchar,
  	"idempotency_fingerprint" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "comment_votes" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"comment_id" uuid NOT NULL,
  	"voter" varchar NOT NULL,
  	"value" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "comment_reports" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"comment_id" uuid NOT NULL,
  	"reporter_id" uuid NOT NULL,
  	"reason" "enum_comment_reports_reason" NOT NULL,
  	"text" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "comment_settings_webhooks_events" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_comment_settings_webhooks_events",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "comment_settings_webhooks" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL,
  	"secret" varchar NOT NULL,
  	"active" boolean DEFAULT true
  );
  
  CREATE TABLE "comment_settings" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"mode" "enum_comment_settings_mode" DEFAULT 'pre-until-trusted',
  	"trusted_after_approved" numeric DEFAULT 3,
  	"poor_record_window" numeric DEFAULT 10,
  	"poor_record_rejected_share" numeric DEFAULT 0.5,
  	"guests_allowed" boolean DEFAULT false,
  	"auto_close_after_days" numeric DEFAULT 0,
  	"max_links" numeric DEFAULT 2,
  	"banned_words" varchar,
  	"suspect_words" varchar,
  	"reports_to_hold" numeric DEFAULT 3,
  	"max_depth" numeric DEFAULT 4,
  	"edit_window_minutes" numeric DEFAULT 15,
  	"page_size" numeric DEFAULT 20,
  	"max_length" numeric DEFAULT 5000,
  	"min_seconds_to_submit" numeric DEFAULT 3,
  	"reader_rate_limit_max" numeric DEFAULT 5,
  	"reader_rate_limit_window_seconds" numeric DEFAULT 60,
  	"ip_rate_limit_max" numeric DEFAULT 20,
  	"ip_rate_limit_window_seconds" numeric DEFAULT 600,
  	"spam_checker" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "articles" ADD COLUMN "comment_moderation" "enum_articles_comment_moderation" DEFAULT 'site';
  ALTER TABLE "articles" ADD COLUMN "comment_count" numeric DEFAULT 0;
  ALTER TABLE "_articles_v" ADD COLUMN "version_comment_moderation" "enum__articles_v_version_comment_moderation" DEFAULT 'site';
  ALTER TABLE "_articles_v" ADD COLUMN "version_comment_count" numeric DEFAULT 0;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "comments_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "comment_votes_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "comment_reports_id" uuid;
  ALTER TABLE "comments_moderation_reasons" ADD CONSTRAINT "comments_moderation_reasons_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_parent_id_comments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."comments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_root_id_comments_id_fk" FOREIGN KEY ("root_id") REFERENCES "public"."comments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_reply_to_id_comments_id_fk" FOREIGN KEY ("reply_to_id") REFERENCES "public"."comments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_readers_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."readers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comment_votes" ADD CONSTRAINT "comment_votes_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comment_reports" ADD CONSTRAINT "comment_reports_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comment_reports" ADD CONSTRAINT "comment_reports_reporter_id_readers_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."readers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comment_settings_webhooks_events" ADD CONSTRAINT "comment_settings_webhooks_events_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."comment_settings_webhooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comment_settings_webhooks" ADD CONSTRAINT "comment_settings_webhooks_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."comment_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "comments_moderation_reasons_order_idx" ON "comments_moderation_reasons" USING btree ("_order");
  CREATE INDEX "comments_moderation_reasons_parent_id_idx" ON "comments_moderation_reasons" USING btree ("_parent_id");
  CREATE INDEX "comments_article_idx" ON "comments" USING btree ("article_id");
  CREATE INDEX "comments_status_idx" ON "comments" USING btree ("status");
  CREATE INDEX "comments_featured_idx" ON "comments" USING btree ("featured");
  CREATE INDEX "comments_parent_idx" ON "comments" USING btree ("parent_id");
  CREATE INDEX "comments_root_idx" ON "comments" USING btree ("root_id");
  CREATE INDEX "comments_reply_to_idx" ON "comments" USING btree ("reply_to_id");
  CREATE INDEX "comments_author_idx" ON "comments" USING btree ("author_id");
  CREATE INDEX "comments_guest_email_idx" ON "comments" USING btree ("guest_email");
  CREATE INDEX "comments_ip_hash_idx" ON "comments" USING btree ("ip_hash");
  CREATE INDEX "comments_score_idx" ON "comments" USING btree ("score");
  CREATE INDEX "comments_reply_count_idx" ON "comments" USING btree ("reply_count");
  CREATE UNIQUE INDEX "comments_idempotency_key_idx" ON "comments" USING btree ("idempotency_key");
  CREATE INDEX "comments_updated_at_idx" ON "comments" USING btree ("updated_at");
  CREATE INDEX "comments_created_at_idx" ON "comments" USING btree ("created_at");
  CREATE INDEX "article_status_depth_idx" ON "comments" USING btree ("article_id","status","depth");
  CREATE INDEX "comment_votes_comment_idx" ON "comment_votes" USING btree ("comment_id");
  CREATE INDEX "comment_votes_voter_idx" ON "comment_votes" USING btree ("voter");
  CREATE INDEX "comment_votes_updated_at_idx" ON "comment_votes" USING btree ("updated_at");
  CREATE INDEX "comment_votes_created_at_idx" ON "comment_votes" USING btree ("created_at");
  CREATE UNIQUE INDEX "comment_voter_idx" ON "comment_votes" USING btree ("comment_id","voter");
  CREATE INDEX "comment_reports_comment_idx" ON "comment_reports" USING btree ("comment_id");
  CREATE INDEX "comment_reports_reporter_idx" ON "comment_reports" USING btree ("reporter_id");
  CREATE INDEX "comment_reports_updated_at_idx" ON "comment_reports" USING btree ("updated_at");
  CREATE INDEX "comment_reports_created_at_idx" ON "comment_reports" USING btree ("created_at");
  CREATE UNIQUE INDEX "comment_reporter_idx" ON "comment_reports" USING btree ("comment_id","reporter_id");
  CREATE INDEX "comment_settings_webhooks_events_order_idx" ON "comment_settings_webhooks_events" USING btree ("order");
  CREATE INDEX "comment_settings_webhooks_events_parent_idx" ON "comment_settings_webhooks_events" USING btree ("parent_id");
  CREATE INDEX "comment_settings_webhooks_order_idx" ON "comment_settings_webhooks" USING btree ("_order");
  CREATE INDEX "comment_settings_webhooks_parent_id_idx" ON "comment_settings_webhooks" USING btree ("_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_comments_fk" FOREIGN KEY ("comments_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_comment_votes_fk" FOREIGN KEY ("comment_votes_id") REFERENCES "public"."comment_votes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_comment_reports_fk" FOREIGN KEY ("comment_reports_id") REFERENCES "public"."comment_reports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_comment_count_idx" ON "articles" USING btree ("comment_count");
  CREATE INDEX "_articles_v_version_version_comment_count_idx" ON "_articles_v" USING btree ("version_comment_count");
  CREATE INDEX "payload_locked_documents_rels_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("comments_id");
  CREATE INDEX "payload_locked_documents_rels_comment_votes_id_idx" ON "payload_locked_documents_rels" USING btree ("comment_votes_id");
  CREATE INDEX "payload_locked_documents_rels_comment_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("comment_reports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "comments_moderation_reasons" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "comments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "comment_votes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "comment_reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "comment_settings_webhooks_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "comment_settings_webhooks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "comment_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "comments_moderation_reasons" CASCADE;
  DROP TABLE "comments" CASCADE;
  DROP TABLE "comment_votes" CASCADE;
  DROP TABLE "comment_reports" CASCADE;
  DROP TABLE "comment_settings_webhooks_events" CASCADE;
  DROP TABLE "comment_settings_webhooks" CASCADE;
  DROP TABLE "comment_settings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_comments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_comment_votes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_comment_reports_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'refreshRelated', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'refreshRelated', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX IF EXISTS "articles_comment_count_idx";
  DROP INDEX IF EXISTS "_articles_v_version_version_comment_count_idx";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_comments_id_idx";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_comment_votes_id_idx";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_comment_reports_id_idx";
  ALTER TABLE "articles" DROP COLUMN "comment_moderation";
  ALTER TABLE "articles" DROP COLUMN "comment_count";
  ALTER TABLE "_articles_v" DROP COLUMN "version_comment_moderation";
  ALTER TABLE "_articles_v" DROP COLUMN "version_comment_count";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "comments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "comment_votes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "comment_reports_id";
  DROP TYPE "public"."enum_articles_comment_moderation";
  DROP TYPE "public"."enum__articles_v_version_comment_moderation";
  DROP TYPE "public"."enum_comments_status";
  DROP TYPE "public"."enum_comment_reports_reason";
  DROP TYPE "public"."enum_comment_settings_webhooks_events";
  DROP TYPE "public"."enum_comment_settings_mode";`)
}
