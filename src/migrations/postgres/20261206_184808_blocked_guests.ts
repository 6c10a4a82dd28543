import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "blocked_guests" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"label" varchar,
  	"email" varchar,
  	"ip_hash" varchar,
  	"until" timestamp(3) with time zone,
  	"reason" varchar,
  	"blocked_by_id" uuid,
  	"comment_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "blocked_guests_id" uuid;
  ALTER TABLE "blocked_guests" ADD CONSTRAINT "blocked_guests_blocked_by_id_users_id_fk" FOREIGN KEY ("blocked_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "blocked_guests" ADD CONSTRAINT "blocked_guests_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "blocked_guests_email_idx" ON "blocked_guests" USING btree ("email");
  CREATE INDEX "blocked_guests_ip_hash_idx" ON "blocked_guests" USING btree ("ip_hash");
  CREATE INDEX "blocked_guests_until_idx" ON "blocked_guests" USING btree ("until");
  CREATE INDEX "blocked_guests_blocked_by_idx" ON "blocked_guests" USING btree ("blocked_by_id");
  CREATE INDEX "blocked_guests_comment_idx" ON "blocked_guests" USING btree ("comment_id");
  CREATE INDEX "blocked_guests_updated_at_idx" ON "blocked_guests" USING btree ("updated_at");
  CREATE INDEX "blocked_guests_created_at_idx" ON "blocked_guests" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_blocked_guests_fk" FOREIGN KEY ("blocked_guests_id") REFERENCES "public"."blocked_guests"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_blocked_guests_id_idx" ON "payload_locked_documents_rels" USING btree ("blocked_guests_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "blocked_guests" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "blocked_guests" CASCADE;
  -- CASCADE above already dropped this constraint.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_blocked_guests_fk";
  
  DROP INDEX "payload_locked_documents_rels_blocked_guests_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "blocked_guests_id";`)
}
