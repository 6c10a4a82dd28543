import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { onPostgresLeg, ownDatabase } from '../http/helpers/server'

/**
 * The committed migrations, on a fresh database of this leg's engine: all the way up, all the way
 * down to an empty schema (every down step, newest first, as a rollback runs them), and up again.
 */
const engine = onPostgresLeg ? 'postgres' : 'sqlite'
const work = fs.mkdtempSync(path.join(process.env.TEST_TMP_DIR ?? os.tmpdir(), 'migrations-'))
let drop: (() => Promise<void>) | undefined

afterAll(async () => {
  await drop?.()
  fs.rmSync(work, { recursive: true, force: true })
})

function script(file: string, args: string[], databaseUrl: string) {
  const result = spawnSync(process.execPath, ['scripts/run.mjs', file, ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NEWSROOM_DEMO: 'false', PAYLOAD_SECRET: 'migrations-test' },
    encoding: 'utf8',
    timeout: 180_000,
  })
  expect(result.status, `${file} ${args.join(' ')}:\n${result.stdout}${result.stderr}`).toBe(0)
  return result.stdout
}

async function tables(databaseUrl: string): Promise<string[]> {
  if (engine === 'postgres') {
    const { default: pg } = await import('pg')
    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    try {
      const result = await client.query<{ name: string }>(
        "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
      )
      return result.rows.map((row) => row.name)
    } finally {
      await client.end()
    }
  }
  const { createClient } = await import('@libsql/client')
  const client = createClient({ url: databaseUrl })
  try {
    const result = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1")
    return result.rows.map((row) => String(row.name))
  } finally {
    client.close()
  }
}

describe(`migrations on a fresh ${engine} database`, () => {
  it('go all the way up, all the way down to nothing, and up again', async () => {
    let url = `file:${path.join(work, 'migrations.db')}`
    if (engine === 'postgres') {
      const database = await ownDatabase('migrations')
      drop = database.drop
      url = String(database.env.DATABASE_URL)
    }
    script('scripts/prepare.ts', ['--migrate-only'], url)
    const schema = await tables(url)
    expect(schema).toEqual(expect.arrayContaining(['articles', 'comments', 'readers', 'payload_migrations']))

    const down = script('scripts/migrate-down.ts', ['--all'], url)
    expect(await tables(url)).toEqual([])

    script('scripts/prepare.ts', ['--migrate-only'], url)
    expect(await tables(url)).toEqual(schema)

    console.log(
      `migrations (${engine}): ${schema.length} tables up, ${down.trim().split('\n').length} migrations rolled back to none, up again`,
    )
  }, 300_000)
})
