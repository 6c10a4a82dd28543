import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // ON DELETE SET NULL as Payload's schema says (its generated ALTER left it out): a departed member of
  // staff's comments stay, without a staff author.
  await db.run(sql`ALTER TABLE \`comments\` ADD \`staff_author_id\` text(36) REFERENCES users(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`comments_staff_author_idx\` ON \`comments\` (\`staff_author_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_comments\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`article_id\` text(36) NOT NULL,
  	\`excerpt\` text,
  	\`body\` text,
  	\`status\` text DEFAULT 'pending',
  	\`featured\` integer DEFAULT false,
  	\`notice\` text,
  	\`moderator_note\` text,
  	\`quote_exact\` text,
  	\`quote_prefix\` text,
  	\`quote_suffix\` text,
  	\`quote_block_index\` numeric,
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
  	\`approved_at\` text,
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
  await db.run(sql`INSERT INTO \`__new_comments\`("id", "article_id", "excerpt", "body", "status", "featured", "notice", "moderator_note", "quote_exact", "quote_prefix", "quote_suffix", "quote_block_index", "parent_id", "root_id", "depth", "reply_to_id", "reply_to_name", "author_id", "guest_name", "guest_email", "ip_hash", "user_agent", "votes_up", "votes_down", "score", "reply_count", "report_count", "edited_at", "approved_at", "idempotency_key", "idempotency_fingerprint", "updated_at", "created_at") SELECT "id", "article_id", "excerpt", "body", "status", "featured", "notice", "moderator_note", "quote_exact", "quote_prefix", "quote_suffix", "quote_block_index", "parent_id", "root_id", "depth", "reply_to_id", "reply_to_name", "author_id", "guest_name", "guest_email", "ip_hash", "user_agent", "votes_up", "votes_down", "score", "reply_count", "report_count", "edited_at", "approved_at", "idempotency_key", "idempotency_fingerprint", "updated_at", "created_at" FROM \`comments\`;`)
  await db.run(sql`DROP TABLE \`comments\`;`)
  await db.run(sql`ALTER TABLE \`__new_comments\` RENAME TO \`comments\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`comments_approved_at_idx\` ON \`comments\` (\`approved_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`comments_idempotency_key_idx\` ON \`comments\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`comments_updated_at_idx\` ON \`comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comments_created_at_idx\` ON \`comments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`article_status_depth_idx\` ON \`comments\` (\`article_id\`,\`status\`,\`depth\`);`)
  await db.run(sql`CREATE INDEX \`article_depth_featured_createdAt_idx\` ON \`comments\` (\`article_id\`,\`depth\`,\`featured\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`article_depth_featured_score_createdAt_idx\` ON \`comments\` (\`article_id\`,\`depth\`,\`featured\`,\`score\`,\`created_at\`);`)
}
