/**
 * Brings the database up to date before the server starts: applies committed migrations (SQL
 * engines) and, in demo mode, loads the demo content into an empty database. Runs in its own
 * process so the server process only ever loads Payload once.
 *   node --import tsx scripts/prepare.ts [--migrate-only] [--seed-only]
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { seedDemoContent } from '../src/seed'
import { prepareEnvironment } from './lib/env'

const { target, demo } = prepareEnvironment()
const migrateOnly = process.argv.includes('--migrate-only')
const seedOnly = process.argv.includes('--seed-only')

const payload = await getPayload({ config, cron: false })
try {
  if (!seedOnly && target.engine !== 'mongodb') {
    const started = performance.now()
    await payload.db.migrate()
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
    } else {
      console.log(`  database already has content (${articles.totalDocs} articles): demo content not loaded`)
    }
  }
} finally {
  await payload.destroy()
}
process.exit(0)
