import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`moderation_events\` ADD \`actor_name\` text;`)
  await db.run(sql`CREATE INDEX \`moderation_events_actor_name_idx\` ON \`moderation_events\` (\`actor_name\`);`)
  // Entries made before the column: the name their account has now.
  await db.run(
    sql`UPDATE \`moderation_events\` SET \`actor_name\` = (SELECT COALESCE(\`name\`, \`email\`) FROM \`users\` WHERE \`users\`.\`id\` = \`moderation_events\`.\`actor_id\`) WHERE \`actor_id\` IS NOT NULL;`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`moderation_events_actor_name_idx\`;`)
  await db.run(sql`ALTER TABLE \`moderation_events\` DROP COLUMN \`actor_name\`;`)
}
