import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`comments\` ADD \`quote_exact\` text;`)
  await db.run(sql`ALTER TABLE \`comments\` ADD \`quote_prefix\` text;`)
  await db.run(sql`ALTER TABLE \`comments\` ADD \`quote_suffix\` text;`)
  await db.run(sql`ALTER TABLE \`comments\` ADD \`quote_block_index\` numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`comments\` DROP COLUMN \`quote_exact\`;`)
  await db.run(sql`ALTER TABLE \`comments\` DROP COLUMN \`quote_prefix\`;`)
  await db.run(sql`ALTER TABLE \`comments\` DROP COLUMN \`quote_suffix\`;`)
  await db.run(sql`ALTER TABLE \`comments\` DROP COLUMN \`quote_block_index\`;`)
}
