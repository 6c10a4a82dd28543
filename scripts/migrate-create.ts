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
import pg from 'pg'

const name = process.argv[2]
if (!name || !/^[a-z0-9-]+$/.test(name)) {
  console.error('usage: npm run migrate:create -- <name-in-kebab-case>')
  process.exit(1)
}

function create(databaseUrl: string): void {
  const result = spawnSync('payload', ['migrate:create', name], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: databaseUrl, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'migrate-create' },
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-migrate-'))
create(`file:${path.join(scratch, 'scratch.db')}`)
fs.rmSync(scratch, { recursive: true, force: true })

const base = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const admin = new pg.Client({ connectionString: base })
await admin.connect()
const database = `newsroom_migrate_${Date.now().toString(36)}`
await admin.query(`CREATE DATABASE ${database}`)
try {
  const url = new URL(base)
  url.pathname = `/${database}`
  create(url.toString())
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
  await admin.end()
}
