import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`last_edited_by_id\` text(36) REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`articles_last_edited_by_idx\` ON \`articles\` (\`last_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_last_edited_by_id\` text(36) REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_last_edited_by_idx\` ON \`_articles_v\` (\`version_last_edited_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`kicker\` text,
  	\`dek\` text,
  	\`hero_image_id\` text(36),
  	\`hero_caption\` text,
  	\`hero_credit\` text,
  	\`body\` text,
  	\`exclude_from_related\` integer DEFAULT false,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`section_id\` text(36),
  	\`featured\` integer DEFAULT false,
  	\`breaking\` integer DEFAULT false,
  	\`ready_for_review\` integer DEFAULT false,
  	\`comments_mode\` text DEFAULT 'open',
  	\`comment_moderation\` text DEFAULT 'site',
  	\`comment_count\` numeric DEFAULT 0,
  	\`first_published_at\` text,
  	\`revised_at\` text,
  	\`reading_time_minutes\` numeric,
  	\`created_by_id\` text(36),
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` text(36),
  	\`meta_canonical_url\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`section_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "title", "kicker", "dek", "hero_image_id", "hero_caption", "hero_credit", "body", "exclude_from_related", "generate_slug", "slug", "section_id", "featured", "breaking", "ready_for_review", "comments_mode", "comment_moderation", "comment_count", "first_published_at", "revised_at", "reading_time_minutes", "created_by_id", "meta_title", "meta_description", "meta_image_id", "meta_canonical_url", "updated_at", "created_at", "_status") SELECT "id", "title", "kicker", "dek", "hero_image_id", "hero_caption", "hero_credit", "body", "exclude_from_related", "generate_slug", "slug", "section_id", "featured", "breaking", "ready_for_review", "comments_mode", "comment_moderation", "comment_count", "first_published_at", "revised_at", "reading_time_minutes", "created_by_id", "meta_title", "meta_description", "meta_image_id", "meta_canonical_url", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_hero_hero_image_idx\` ON \`articles\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_section_idx\` ON \`articles\` (\`section_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_comment_count_idx\` ON \`articles\` (\`comment_count\`);`)
  await db.run(sql`CREATE INDEX \`articles_first_published_at_idx\` ON \`articles\` (\`first_published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_by_idx\` ON \`articles\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_meta_meta_image_idx\` ON \`articles\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_kicker\` text,
  	\`version_dek\` text,
  	\`version_hero_image_id\` text(36),
  	\`version_hero_caption\` text,
  	\`version_hero_credit\` text,
  	\`version_body\` text,
  	\`version_exclude_from_related\` integer DEFAULT false,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_section_id\` text(36),
  	\`version_featured\` integer DEFAULT false,
  	\`version_breaking\` integer DEFAULT false,
  	\`version_ready_for_review\` integer DEFAULT false,
  	\`version_comments_mode\` text DEFAULT 'open',
  	\`version_comment_moderation\` text DEFAULT 'site',
  	\`version_comment_count\` numeric DEFAULT 0,
  	\`version_first_published_at\` text,
  	\`version_revised_at\` text,
  	\`version_reading_time_minutes\` numeric,
  	\`version_created_by_id\` text(36),
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` text(36),
  	\`version_meta_canonical_url\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_section_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_title", "version_kicker", "version_dek", "version_hero_image_id", "version_hero_caption", "version_hero_credit", "version_body", "version_exclude_from_related", "version_generate_slug", "version_slug", "version_section_id", "version_featured", "version_breaking", "version_ready_for_review", "version_comments_mode", "version_comment_moderation", "version_comment_count", "version_first_published_at", "version_revised_at", "version_reading_time_minutes", "version_created_by_id", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_meta_canonical_url", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_title", "version_kicker", "version_dek", "version_hero_image_id", "version_hero_caption", "version_hero_credit", "version_body", "version_exclude_from_related", "version_generate_slug", "version_slug", "version_section_id", "version_featured", "version_breaking", "version_ready_for_review", "version_comments_mode", "version_comment_moderation", "version_comment_count", "version_first_published_at", "version_revised_at", "version_reading_time_minutes", "version_created_by_id", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_meta_canonical_url", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_hero_version_hero_image_idx\` ON \`_articles_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_section_idx\` ON \`_articles_v\` (\`version_section_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_comment_count_idx\` ON \`_articles_v\` (\`version_comment_count\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_first_published_at_idx\` ON \`_articles_v\` (\`version_first_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_by_idx\` ON \`_articles_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_meta_version_meta_image_idx\` ON \`_articles_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
}
