/**
 * Makes the "previous release" data the migration tests upgrade: the demo content as a released
 * commit's own code wrote it, for SQLite and PostgreSQL, into tests/fixtures/previous-release/.
 *   node scripts/run.mjs scripts/make-release-fixture.ts <commit>
 * Run it when a release lands (with that release's commit), and commit the files it writes. The
 * commit is checked out into a temporary worktree that borrows this checkout's node_modules.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { parseDatabaseUrl } from '../src/lib/config/database-url'
import { rowCounts } from './lib/backup'
import { withScratchPostgres } from './lib/scratch-postgres'

const commit = process.argv[2]
if (!commit) {
  console.error('usage: node scripts/run.mjs scripts/make-release-fixture.ts <commit>')
  process.exit(1)
}
const out = path.resolve('tests/fixtures/previous-release')
const sha = execFileSync('git', ['rev-parse', commit], { encoding: 'utf8' }).trim()
const tree = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-release-'))
execFileSync('git', ['worktree', 'add', '--detach', tree, sha], { stdio: 'inherit' })
fs.symlinkSync(path.resolve('node_modules'), path.join(tree, 'node_modules'))

function seed(databaseUrl: string): void {
  const result = spawnSync(process.execPath, ['scripts/run.mjs', 'scripts/prepare.ts'], {
    cwd: tree,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      MEDIA_DIR: path.join(tree, 'media-out'),
      NEWSROOM_DEMO: 'true',
      PAYLOAD_SECRET: 'release-fixture',
    },
    stdio: 'inherit',
  })
  if (result.status !== 0) throw new Error(`seeding with ${sha.slice(0, 7)} failed`)
}

try {
  fs.mkdirSync(out, { recursive: true })
  const sqliteUrl = `file:${path.join(tree, 'fixture.db')}`
  seed(sqliteUrl)
  const { createClient } = await import('@libsql/client')
  const copy = path.join(tree, 'fixture-copy.db')
  const client = createClient({ url: sqliteUrl })
  await client.execute({ sql: 'VACUUM INTO ?', args: [copy] })
  client.close()
  fs.writeFileSync(path.join(out, 'sqlite.db.gz'), gzipSync(fs.readFileSync(copy), { level: 9 }))
  const sqliteCounts = await rowCounts(parseDatabaseUrl(`file:${copy}`))

  const postgresCounts = await withScratchPostgres('release_fixture', async (url) => {
    seed(url)
    execFileSync('pg_dump', [
      '--format=custom',
      '--compress=9',
      '--no-owner',
      '--no-privileges',
      `--file=${path.join(out, 'postgres.dump')}`,
      url,
    ])
    return rowCounts(parseDatabaseUrl(url))
  })
  const manifest = { commit: sha, madeAt: new Date().toISOString(), counts: { sqlite: sqliteCounts, postgres: postgresCounts } }
  fs.writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  console.log(`previous-release fixture from ${sha.slice(0, 7)} written to ${path.relative(process.cwd(), out)}`)
} finally {
  execFileSync('git', ['worktree', 'remove', '--force', tree])
}
