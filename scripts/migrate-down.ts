/**
 * Rolls back applied migrations, newest first, each in its own transaction:
 *   npm run migrate:down              (the newest one)
 *   npm run migrate:down -- --steps=3 (the newest three)
 *   npm run migrate:down -- --all     (every one: an empty database)
 * The migrations are bundled into this script, as in prepare.ts (Payload's own `migrate:down`
 * imports the .ts files, which plain Node cannot). SQL engines only; MongoDB keeps no schema.
 */
import { sql } from '@payloadcms/db-sqlite'
import { commitTransaction, createLocalReq, getMigrations, getPayload, initTransaction, killTransaction, type Migration } from 'payload'

import { migrations as postgresMigrations } from '../src/migrations/postgres'
import { migrations as sqliteMigrations } from '../src/migrations/sqlite'
import { arg } from './lib/args'
import { prepareEnvironment } from './lib/env'

const { target } = prepareEnvironment()
if (target.engine === 'mongodb') {
  console.log('newsroom: MongoDB has no schema migrations to roll back.')
  process.exit(0)
}
const all = process.argv.includes('--all')
const steps = Number(arg('steps', '1'))

const { default: config } = await import('@payload-config')
const payload = await getPayload({ config, cron: false })
const bundled = (target.engine === 'sqlite' ? sqliteMigrations : postgresMigrations) as unknown as (Migration & { name: string })[]
type Sessions = Record<string, { db: unknown }>
let code = 0
try {
  const { existingMigrations } = await getMigrations({ payload })
  // Newest first, by name (names begin with their timestamp): not by the order the records come back in.
  const applied = [...(existingMigrations ?? [])].filter((migration) => migration.batch !== -1).sort((a, b) => b.name.localeCompare(a.name))
  for (const record of all ? applied : applied.slice(0, steps)) {
    const migration = bundled.find((candidate) => candidate.name === record.name)
    if (!migration) throw new Error(`migration ${record.name} is applied but not in this build: roll back with the build that applied it`)
    const started = performance.now()
    if (target.engine === 'sqlite') {
      // SQLite checks foreign keys of tables a down step has already dropped when it drops the next
      // one; its documentation says to switch them off around schema changes (only outside a
      // transaction, so here, on the connection the transaction will take over).
      await (payload.db.drizzle as unknown as { run: (query: unknown) => Promise<unknown> }).run(sql`PRAGMA foreign_keys = OFF`)
    }
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    try {
      // The transaction's own connection, as Payload's migrate:down hands it to a migration.
      const id = await req.transactionID
      const db = (id ? (payload.db as unknown as { sessions: Sessions }).sessions[String(id)]?.db : undefined) ?? payload.db.drizzle
      // Its record goes first: the first migration's down drops the migrations table itself.
      await payload.delete({ collection: 'payload-migrations', where: { name: { equals: record.name } }, req })
      await migration.down({ db, payload, req } as Parameters<Migration['down']>[0])
      await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
    console.log(`  rolled back ${record.name} (${Math.round(performance.now() - started)} ms)`)
  }
} catch (error) {
  const cause = (error as Error & { cause?: { message?: string } }).cause?.message
  console.error(`newsroom: rolling back failed: ${(error as Error).message}${cause ? `\n  (${cause})` : ''}`)
  code = 1
} finally {
  await payload.destroy()
}
process.exit(code)
