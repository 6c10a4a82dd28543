import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "outgoing_mail" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"to" varchar NOT NULL,
  	"subject" varchar NOT NULL,
  	"text" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "readers" ADD COLUMN "sign_in_link_hash" varchar;
  ALTER TABLE "readers" ADD COLUMN "sign_in_link_expires_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "outgoing_mail_id" uuid;
  CREATE INDEX "outgoing_mail_updated_at_idx" ON "outgoing_mail" USING btree ("updated_at");
  CREATE INDEX "outgoing_mail_created_at_idx" ON "outgoing_mail" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_outgoing_mail_fk" FOREIGN KEY ("outgoing_mail_id") REFERENCES "public"."outgoing_mail"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "readers_sign_in_link_hash_idx" ON "readers" USING btree ("sign_in_link_hash");
  CREATE INDEX "payload_locked_documents_rels_outgoing_mail_id_idx" ON "payload_locked_documents_rels" USING btree ("outgoing_mail_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "outgoing_mail" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "outgoing_mail" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_outgoing_mail_fk";
  
  DROP INDEX "readers_sign_in_link_hash_idx";
  DROP INDEX "payload_locked_documents_rels_outgoing_mail_id_idx";
  ALTER TABLE "readers" DROP COLUMN "sign_in_link_hash";
  ALTER TABLE "readers" DROP COLUMN "sign_in_link_expires_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "outgoing_mail_id";`)
}
