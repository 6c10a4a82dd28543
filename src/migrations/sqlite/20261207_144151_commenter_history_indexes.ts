import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`author_createdAt_idx\` ON \`comments\` (\`author_id\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`guestEmail_createdAt_idx\` ON \`comments\` (\`guest_email\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`ipHash_createdAt_idx\` ON \`comments\` (\`ip_hash\`,\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`author_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`guestEmail_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`ipHash_createdAt_idx\`;`)
}
