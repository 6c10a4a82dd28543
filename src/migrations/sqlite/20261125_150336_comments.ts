import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`comments_moderation_reasons\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`detail\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`comments_moderation_reasons_order_idx\` ON \`comments_moderation_reasons\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`comments_moderation_reasons_parent_id_idx\` ON \`comments_moderation_reasons\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`comments\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`article_id\` text(36) NOT NULL,
  	\`excerpt\` text,
  	\`body\` text,
  	\`status\` text DEFAULT 'pending',
  	\`featured\` integer DEFAULT false,
  	\`notice\` text,
  	\`parent_id\` text(36),
  	\`root_id\` text(36),
  	\`depth\` numeric DEFAULT 0,
  	\`reply_to_id\` text(36),
  	\`reply_to_name\` text,
  	\`author_id\` text(36),
  	\`guest_name\` text,
  	\`guest_email\` text,
  	\`ip_hash\` text,
  	\`user_agent\` text,
  	\`votes_up\` numeric DEFAULT 0,
  	\`votes_down\` numeric DEFAULT 0,
  	\`score\` numeric DEFAULT 0,
  	\`reply_count\` numeric DEFAULT 0,
  	\`report_count\` numeric DEFAULT 0,
  	\`edited_at\` text,
  	\`idempotency_key\` text,
  	\`idempotency_fingerprint\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`root_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reply_to_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`readers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`comments_article_idx\` ON \`comments\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_status_idx\` ON \`comments\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`comments_featured_idx\` ON \`comments\` (\`featured\`);`)
  await db.run(sql`CREATE INDEX \`comments_parent_idx\` ON \`comments\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_root_idx\` ON \`comments\` (\`root_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_reply_to_idx\` ON \`comments\` (\`reply_to_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_author_idx\` ON \`comments\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_guest_email_idx\` ON \`comments\` (\`guest_email\`);`)
  await db.run(sql`CREATE INDEX \`comments_ip_hash_idx\` ON \`comments\` (\`ip_hash\`);`)
  await db.run(sql`CREATE INDEX \`comments_score_idx\` ON \`comments\` (\`score\`);`)
  await db.run(sql`CREATE INDEX \`comments_reply_count_idx\` ON \`comments\` (\`reply_count\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`comments_idempotency_key_idx\` ON \`comments\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`comments_updated_at_idx\` ON \`comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comments_created_at_idx\` ON \`comments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`article_status_depth_idx\` ON \`comments\` (\`article_id\`,\`status\`,\`depth\`);`)
  await db.run(sql`CREATE TABLE \`comment_votes\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`comment_id\` text(36) NOT NULL,
  	\`voter\` text NOT NULL,
  	\`value\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`comment_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`comment_votes_comment_idx\` ON \`comment_votes\` (\`comment_id\`);`)
  await db.run(sql`CREATE INDEX \`comment_votes_voter_idx\` ON \`comment_votes\` (\`voter\`);`)
  await db.run(sql`CREATE INDEX \`comment_votes_updated_at_idx\` ON \`comment_votes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comment_votes_created_at_idx\` ON \`comment_votes\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`comment_voter_idx\` ON \`comment_votes\` (\`comment_id\`,\`voter\`);`)
  await db.run(sql`CREATE TABLE \`comment_reports\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`comment_id\` text(36) NOT NULL,
  	\`reporter_id\` text(36) NOT NULL,
  	\`reason\` text NOT NULL,
  	\`text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`comment_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reporter_id\`) REFERENCES \`readers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`comment_reports_comment_idx\` ON \`comment_reports\` (\`comment_id\`);`)
  await db.run(sql`CREATE INDEX \`comment_reports_reporter_idx\` ON \`comment_reports\` (\`reporter_id\`);`)
  await db.run(sql`CREATE INDEX \`comment_reports_updated_at_idx\` ON \`comment_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comment_reports_created_at_idx\` ON \`comment_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`comment_reporter_idx\` ON \`comment_reports\` (\`comment_id\`,\`reporter_id\`);`)
  await db.run(sql`CREATE TABLE \`comment_settings_webhooks_events\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`comment_settings_webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`comment_settings_webhooks_events_order_idx\` ON \`comment_settings_webhooks_events\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`comment_settings_webhooks_events_parent_idx\` ON \`comment_settings_webhooks_events\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`comment_settings_webhooks\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	\`secret\` text NOT NULL,
  	\`active\` integer DEFAULT true,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`comment_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`comment_settings_webhooks_order_idx\` ON \`comment_settings_webhooks\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`comment_settings_webhooks_parent_id_idx\` ON \`comment_settings_webhooks\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`comment_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`mode\` text DEFAULT 'pre-until-trusted',
  	\`trusted_after_approved\` numeric DEFAULT 3,
  	\`poor_record_window\` numeric DEFAULT 10,
  	\`poor_record_rejected_share\` numeric DEFAULT 0.5,
  	\`guests_allowed\` integer DEFAULT false,
  	\`auto_close_after_days\` numeric DEFAULT 0,
  	\`max_links\` numeric DEFAULT 2,
  	\`banned_words\` text,
  	\`suspect_words\` text,
  	\`reports_to_hold\` numeric DEFAULT 3,
  	\`max_depth\` numeric DEFAULT 4,
  	\`edit_window_minutes\` numeric DEFAULT 15,
  	\`page_size\` numeric DEFAULT 20,
  	\`max_length\` numeric DEFAULT 5000,
  	\`min_seconds_to_submit\` numeric DEFAULT 3,
  	\`reader_rate_limit_max\` numeric DEFAULT 5,
  	\`reader_rate_limit_window_seconds\` numeric DEFAULT 60,
  	\`ip_rate_limit_max\` numeric DEFAULT 20,
  	\`ip_rate_limit_window_seconds\` numeric DEFAULT 600,
  	\`spam_checker\` integer DEFAULT false,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`comment_moderation\` text DEFAULT 'site';`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`comment_count\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`articles_comment_count_idx\` ON \`articles\` (\`comment_count\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_comment_moderation\` text DEFAULT 'site';`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_comment_count\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_comment_count_idx\` ON \`_articles_v\` (\`version_comment_count\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`comments_id\` text(36) REFERENCES comments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`comment_votes_id\` text(36) REFERENCES comment_votes(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`comment_reports_id\` text(36) REFERENCES comment_reports(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_comment_votes_id_idx\` ON \`payload_locked_documents_rels\` (\`comment_votes_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_comment_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`comment_reports_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`comments_moderation_reasons\`;`)
  await db.run(sql`DROP TABLE \`comments\`;`)
  await db.run(sql`DROP TABLE \`comment_votes\`;`)
  await db.run(sql`DROP TABLE \`comment_reports\`;`)
  await db.run(sql`DROP TABLE \`comment_settings_webhooks_events\`;`)
  await db.run(sql`DROP TABLE \`comment_settings_webhooks\`;`)
  await db.run(sql`DROP TABLE \`comment_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` text(36),
  	\`authors_id\` text(36),
  	\`sections_id\` text(36),
  	\`tags_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	\`readers_id\` text(36),
  	\`related_suggestions_id\` text(36),
  	\`redirects_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authors_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sections_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tags_id\`) REFERENCES \`tags\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`readers_id\`) REFERENCES \`readers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`related_suggestions_id\`) REFERENCES \`related_suggestions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "authors_id", "sections_id", "tags_id", "media_id", "users_id", "readers_id", "related_suggestions_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "articles_id", "authors_id", "sections_id", "tags_id", "media_id", "users_id", "readers_id", "related_suggestions_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_authors_id_idx\` ON \`payload_locked_documents_rels\` (\`authors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sections_id_idx\` ON \`payload_locked_documents_rels\` (\`sections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tags_id_idx\` ON \`payload_locked_documents_rels\` (\`tags_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_readers_id_idx\` ON \`payload_locked_documents_rels\` (\`readers_id\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_related_suggestions_id_idx\` ON \`payload_locked_documents_rels\` (\`related_suggestions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`,
  )
  await db.run(sql`DROP INDEX \`articles_comment_count_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`comment_moderation\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`comment_count\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_comment_count_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_comment_moderation\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_comment_count\`;`)
}
