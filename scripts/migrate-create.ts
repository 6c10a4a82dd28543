/**
 * After a schema change: writes a new migration for each SQL adapter, named after the argument.
 *   npm run migrate:create -- add-comments
 * SQLite's is generated against a scratch file; PostgreSQL's against a scratch database on
 * TEST_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres), dropped afterwards.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { withScratchPostgres } from './lib/scratch-postgres'

const name = process.argv[2]
if (!name || !/^[a-z0-9-]+$/.test(name)) {
  console.error('usage: npm run migrate:create -- <name-in-kebab-case>')
  process.exit(1)
}

const written = (adapter: string) =>
  fs.readdirSync(path.join('src/migrations', adapter)).filter((file) => file.endsWith(`_${name.replaceAll('-', '_')}.ts`))

/**
 * Payload's CLI sometimes exits 0 having done nothing (its ESM loading, stack-findings.md): a
 * migration that should exist and does not is retried, then reported, rather than missed.
 */
function create(databaseUrl: string, adapter: 'sqlite' | 'postgres'): void {
  for (let attempt = 1; attempt <= 3 && written(adapter).length === 0; attempt++) {
    const result = spawnSync('payload', ['migrate:create', name], {
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: databaseUrl, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'migrate-create' },
    })
    if (result.status !== 0) process.exit(result.status ?? 1)
  }
  if (written(adapter).length === 0) console.warn(`No ${adapter} migration was written: no schema change, or run this again.`)
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-migrate-'))
create(`file:${path.join(scratch, 'scratch.db')}`, 'sqlite')
fs.rmSync(scratch, { recursive: true, force: true })

await withScratchPostgres('newsroom_migrate', async (url) => create(url, 'postgres'))
