import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { sqliteFilePath, type DatabaseTarget } from '@/lib/config/database-url'

/**
 * A backup is a folder: `manifest.json` (when, which engine, row counts, a checksum of the dump),
 * the database dump (`database.dump`: pg_dump's custom format; `database.sqlite`: an online
 * consistent copy made with VACUUM INTO; `database.archive`: mongodump's archive) and `media/`,
 * a copy of the uploads folder.
 */
export type Manifest = {
  createdAt: string
  engine: DatabaseTarget['engine']
  dump: string
  sha256: string
  counts: Record<string, number>
  mediaFiles: number
}

/** The collections whose row counts a restore must give back. */
export const COUNTED_TABLES = ['articles', 'comments', 'readers', 'users', 'media', 'sections', 'tags', 'authors'] as const

const DUMP_FILE = { postgres: 'database.dump', sqlite: 'database.sqlite', mongodb: 'database.archive' } as const

export function sha256Of(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex')
}

function run(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(
      `${what} needs \`${command}\` on the PATH (Debian: postgresql-client for pg_dump/pg_restore; MongoDB's database tools for mongodump/mongorestore).`,
    )
  }
  if (result.status !== 0) throw new Error(`${what} failed (${command} exited ${result.status}):\n${result.stderr || result.stdout}`)
}

/** Dumps the database into `folder`; returns the dump's file name. */
export async function dumpDatabase(target: DatabaseTarget, folder: string): Promise<string> {
  const file = path.join(folder, DUMP_FILE[target.engine])
  switch (target.engine) {
    case 'postgres': {
      // The edge's rendered pages are a cache, rebuilt on demand: their tables come back empty.
      const cacheData = ['edge_responses', 'edge_purges', 'edge_leases'].map((table) => `--exclude-table-data=${table}`)
      run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', ...cacheData, `--file=${file}`, target.url], 'pg_dump')
      break
    }
    case 'sqlite': {
      // VACUUM INTO copies a consistent snapshot while the service keeps writing (WAL mode).
      const { createClient } = await import('@libsql/client')
      const client = createClient({ url: target.url })
      try {
        await client.execute({ sql: 'VACUUM INTO ?', args: [file] })
      } finally {
        client.close()
      }
      break
    }
    case 'mongodb':
      run('mongodump', [`--uri=${target.url}`, `--archive=${file}`, '--gzip'], 'mongodump')
      break
  }
  return path.basename(file)
}

/** Loads a dump into an empty target database (refuses one that already has tables). */
export async function loadDatabase(target: DatabaseTarget, dumpFile: string): Promise<void> {
  switch (target.engine) {
    case 'postgres': {
      if ((await postgresTableCount(target.url)) > 0)
        throw new Error('The target PostgreSQL database is not empty: restore into a new database.')
      run(
        'pg_restore',
        ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${target.url}`, dumpFile],
        'pg_restore',
      )
      break
    }
    case 'sqlite': {
      const file = path.resolve(sqliteFilePath(target.url))
      if (fs.existsSync(file) && fs.statSync(file).size > 0)
        throw new Error(`The target SQLite file ${file} exists: restore into a new file.`)
      fs.mkdirSync(path.dirname(file), { recursive: true })
      fs.copyFileSync(dumpFile, file)
      break
    }
    case 'mongodb':
      run('mongorestore', [`--uri=${target.url}`, `--archive=${dumpFile}`, '--gzip'], 'mongorestore')
      break
  }
}

async function postgresTableCount(url: string): Promise<number> {
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const result = await client.query<{ count: string }>("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
    return Number(result.rows[0].count)
  } finally {
    await client.end()
  }
}

/** Row counts of the main collections, read straight from the database (SQL engines). */
export async function rowCounts(target: DatabaseTarget): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  if (target.engine === 'postgres') {
    const { default: pg } = await import('pg')
    const client = new pg.Client({ connectionString: target.url })
    await client.connect()
    try {
      for (const table of COUNTED_TABLES)
        counts[table] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n)
    } finally {
      await client.end()
    }
  } else if (target.engine === 'sqlite') {
    const { createClient } = await import('@libsql/client')
    const client = createClient({ url: target.url })
    try {
      for (const table of COUNTED_TABLES) counts[table] = Number((await client.execute(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n)
    } finally {
      client.close()
    }
  }
  return counts
}

/** Copies a folder's files (recursively); returns how many. */
export function copyFolder(from: string, to: string): number {
  if (!fs.existsSync(from)) return 0
  fs.cpSync(from, to, { recursive: true, errorOnExist: false, force: true })
  return fs.readdirSync(to, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length
}
