import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`article_depth_featured_createdAt_idx\` ON \`comments\` (\`article_id\`,\`depth\`,\`featured\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`article_depth_featured_score_createdAt_idx\` ON \`comments\` (\`article_id\`,\`depth\`,\`featured\`,\`score\`,\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`article_depth_featured_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`article_depth_featured_score_createdAt_idx\`;`)
}
