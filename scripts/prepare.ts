/**
 * Brings the database up to date before the server starts: applies committed migrations (SQL
 * engines) and, in demo mode, loads the demo content into an empty database. Runs in its own
 * process so the server process only ever loads Payload once.
 *   node scripts/run.mjs scripts/prepare.ts [--migrate-only] [--seed-only]
 */
import { getPayload, type Migration } from 'payload'

import { migrations as postgresMigrations } from '../src/migrations/postgres'
import { migrations as sqliteMigrations } from '../src/migrations/sqlite'
import { seedDemoContent } from '../src/seed'
import { settings } from '../src/lib/config/settings'
import { clearSharedStore } from '../src/server/shared-stores'
import { prepareEnvironment } from './lib/env'

const { target, demo } = prepareEnvironment()
const migrateOnly = process.argv.includes('--migrate-only')
const seedOnly = process.argv.includes('--seed-only')

// Imported only after the environment is checked: the config builds its database adapter from
// DATABASE_URL as it loads, and a bad URL must end in one clear line, not a stack trace.
const { default: config } = await import('@payload-config')
const payload = await getPayload({ config, cron: false })
try {
  if (!seedOnly && target.engine !== 'mongodb') {
    const started = performance.now()
    // The migrations are bundled into this script; the adapter would otherwise import the .ts files.
    // (Payload types a migration's arguments as `unknown`; the generated files type them per adapter.)
    const migrations = (target.engine === 'sqlite' ? sqliteMigrations : postgresMigrations) as unknown as Migration[]
    await payload.db.migrate({ migrations })
    console.log(`  migrations applied (${Math.round(performance.now() - started)} ms)`)
  }
  if (!migrateOnly && (demo || seedOnly)) {
    const [users, articles] = await Promise.all([
      payload.count({ collection: 'users', overrideAccess: true }),
      payload.count({ collection: 'articles', overrideAccess: true }),
    ])
    if (users.totalDocs === 0 && articles.totalDocs === 0) {
      const started = performance.now()
      let last = ''
      await seedDemoContent(payload, (message) => {
        const group = message.replace(/ \d+\/\d+$/, '')
        if (process.stdout.isTTY) process.stdout.write(`\r\x1b[2K  demo content: ${message}`)
        else if (group !== last || /(\d+)\/\1$/.test(message)) console.log(`  demo content: ${message}`)
        last = group
      })
      if (process.stdout.isTTY) process.stdout.write('\n')
      console.log(`  demo content loaded (${((performance.now() - started) / 1000).toFixed(1)} s)`)
      // A new database: pages kept from the one before (a deleted file, a dropped database) must go.
      await clearSharedStore(target, settings.redisUrl)
    } else {
      console.log(`  database already has content (${articles.totalDocs} articles): demo content not loaded`)
    }
  }
} finally {
  await payload.destroy()
}
process.exit(0)
