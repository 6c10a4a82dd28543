import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`claimed_by\` text;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`claimed_at\` text;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`sending_at\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`claimed_by\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`claimed_at\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`sending_at\`;`)
}
