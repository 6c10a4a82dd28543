import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`comment_reports\` ADD \`dismissed_at\` text;`)
  await db.run(sql`ALTER TABLE \`comment_reports\` ADD \`dismissed_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`comment_reports_dismissed_at_idx\` ON \`comment_reports\` (\`dismissed_at\`);`)
  await db.run(sql`CREATE INDEX \`comment_reports_dismissed_by_idx\` ON \`comment_reports\` (\`dismissed_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_comment_reports\` (
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
  await db.run(sql`INSERT INTO \`__new_comment_reports\`("id", "comment_id", "reporter_id", "reason", "text", "updated_at", "created_at") SELECT "id", "comment_id", "reporter_id", "reason", "text", "updated_at", "created_at" FROM \`comment_reports\`;`)
  await db.run(sql`DROP TABLE \`comment_reports\`;`)
  await db.run(sql`ALTER TABLE \`__new_comment_reports\` RENAME TO \`comment_reports\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`comment_reports_comment_idx\` ON \`comment_reports\` (\`comment_id\`);`)
  await db.run(sql`CREATE INDEX \`comment_reports_reporter_idx\` ON \`comment_reports\` (\`reporter_id\`);`)
  await db.run(sql`CREATE INDEX \`comment_reports_updated_at_idx\` ON \`comment_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comment_reports_created_at_idx\` ON \`comment_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`comment_reporter_idx\` ON \`comment_reports\` (\`comment_id\`,\`reporter_id\`);`)
}
