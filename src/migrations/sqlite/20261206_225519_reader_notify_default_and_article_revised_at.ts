import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`revised_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_revised_at\` text;`)
  await db.run(sql`ALTER TABLE \`readers\` ADD \`notify_default\` text DEFAULT 'none';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`revised_at\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_revised_at\`;`)
  await db.run(sql`ALTER TABLE \`readers\` DROP COLUMN \`notify_default\`;`)
}
