import { createClient, type InStatement } from '@libsql/client'
import fs from 'node:fs'
import path from 'node:path'

import {
  decodeStored,
  encodeMeta,
  storedKey,
  PRUNE_EVERY_MS,
  PURGED_EVERYTHING as ALL,
  type SharedResponse,
  type SharedResponseStore,
  type SharedStoreOptions,
} from '../../lib/cache/shared-store'

const SCHEMA = [
  'PRAGMA journal_mode = WAL',
  // Another process's write holds the file for a moment: wait for it rather than fail.
  'PRAGMA busy_timeout = 2000',
  `CREATE TABLE IF NOT EXISTS edge_responses (
     key TEXT PRIMARY KEY, meta TEXT NOT NULL, body BLOB NOT NULL, gzip BLOB, stored_at INTEGER NOT NULL)`,
  'CREATE INDEX IF NOT EXISTS edge_responses_stored_at ON edge_responses (stored_at)',
  'CREATE TABLE IF NOT EXISTS edge_response_tags (tag TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (tag, key)) WITHOUT ROWID',
  'CREATE INDEX IF NOT EXISTS edge_response_tags_key ON edge_response_tags (key)',
  'CREATE TABLE IF NOT EXISTS edge_purges (tag TEXT PRIMARY KEY, purged_at INTEGER NOT NULL) WITHOUT ROWID',
  'CREATE TABLE IF NOT EXISTS edge_leases (key TEXT PRIMARY KEY, until INTEGER NOT NULL) WITHOUT ROWID',
  'CREATE TEMP TABLE IF NOT EXISTS purged_keys (key TEXT PRIMARY KEY) WITHOUT ROWID',
]

const marks = (values: unknown[]) => values.map(() => '?').join(',')

/**
 * Responses in a SQLite file of their own beside the site's database (the embedded default, and
 * MongoDB): kept across restarts and shared by processes on one machine. A file apart from the
 * content's, so storing a page never waits on an editor's save. Each write is one batch, which
 * SQLite runs as one transaction: a purge never falls between a write's check and the write.
 */
export async function sqliteFileResponseStore(
  file: string,
  { build, maxAgeMs, maxBytes = Infinity, pruneEveryMs = PRUNE_EVERY_MS }: SharedStoreOptions,
): Promise<SharedResponseStore> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  const client = createClient({ url: `file:${file}` })
  for (const statement of SCHEMA) await client.execute(statement)
  let prunedAt = Date.now()
  let responsesPrunedAt = Date.now()

  // A prune that fails costs disk, not correctness: it is not the write's or the purge's failure,
  // and the next one, a minute on, tries again.
  const pruneResponses = (now: number) => pruneResponsesNow(now).catch(() => undefined)
  /** Responses too old to be read, then the oldest past the byte budget, with their tag rows. */
  async function pruneResponsesNow(now: number): Promise<void> {
    if (now - responsesPrunedAt < pruneEveryMs) return
    responsesPrunedAt = now
    const gone = Number.isFinite(maxBytes)
      ? {
          sql: `SELECT key FROM edge_responses WHERE stored_at < ? UNION SELECT key FROM (
                  SELECT key, sum(length(body) + coalesce(length(gzip), 0)) OVER (ORDER BY stored_at DESC, key) AS newer_bytes
                  FROM edge_responses)
                WHERE newer_bytes > ?`,
          args: [now - maxAgeMs, maxBytes],
        }
      : { sql: 'SELECT key FROM edge_responses WHERE stored_at < ?', args: [now - maxAgeMs] }
    await client.batch(
      [
        'DELETE FROM temp.purged_keys',
        { sql: `INSERT OR IGNORE INTO temp.purged_keys ${gone.sql}`, args: gone.args },
        'DELETE FROM edge_responses WHERE key IN (SELECT key FROM temp.purged_keys)',
        'DELETE FROM edge_response_tags WHERE key IN (SELECT key FROM temp.purged_keys)',
      ],
      'write',
    )
  }

  function purgeStatements(tags: string[], everything: boolean): InStatement[] {
    const now = Date.now()
    const marked: InStatement[] = tags.map((tag) => ({
      sql: 'INSERT INTO edge_purges (tag, purged_at) VALUES (?, ?) ON CONFLICT (tag) DO UPDATE SET purged_at = max(purged_at, excluded.purged_at)',
      args: [tag, now],
    }))
    const dropped: InStatement[] = everything
      ? ['DELETE FROM edge_response_tags', 'DELETE FROM edge_responses']
      : [
          'DELETE FROM temp.purged_keys',
          { sql: `INSERT OR IGNORE INTO temp.purged_keys SELECT key FROM edge_response_tags WHERE tag IN (${marks(tags)})`, args: tags },
          'DELETE FROM edge_responses WHERE key IN (SELECT key FROM temp.purged_keys)',
          'DELETE FROM edge_response_tags WHERE key IN (SELECT key FROM temp.purged_keys)',
        ]
    if (now - prunedAt < PRUNE_EVERY_MS) return [...marked, ...dropped]
    prunedAt = now
    // Nothing renders for as long as a response is kept: older purges can go.
    return [...marked, ...dropped, { sql: 'DELETE FROM edge_purges WHERE purged_at < ?', args: [now - maxAgeMs] }]
  }

  return {
    kind: 'file',
    async get(key) {
      const { rows } = await client.execute({
        sql: 'SELECT meta, body, gzip FROM edge_responses WHERE key = ?',
        args: [storedKey(build, key)],
      })
      const row = rows[0]
      const bytes = (value: unknown) => (value instanceof ArrayBuffer ? Buffer.from(value) : null)
      const body = bytes(row?.body)
      return row && body ? decodeStored(String(row.meta), body, bytes(row.gzip), maxAgeMs) : undefined
    },
    async set(key: string, entry: SharedResponse) {
      const stored = storedKey(build, key)
      const shown = [...entry.tags, ALL]
      // Every statement holds only if no purge of what the render shows came after it began.
      const unpurged = {
        sql: `NOT EXISTS (SELECT 1 FROM edge_purges WHERE tag IN (${marks(shown)}) AND purged_at >= ?)`,
        args: [...shown, entry.renderBegunAt],
      }
      const [, written] = await client.batch(
        [
          { sql: `DELETE FROM edge_response_tags WHERE key = ? AND ${unpurged.sql}`, args: [stored, ...unpurged.args] },
          {
            sql: `INSERT OR REPLACE INTO edge_responses (key, meta, body, gzip, stored_at) SELECT ?, ?, ?, ?, ? WHERE ${unpurged.sql}`,
            args: [stored, encodeMeta(entry), entry.body, entry.gzip, entry.storedAt, ...unpurged.args],
          },
          ...entry.tags.map((tag) => ({
            sql: `INSERT OR IGNORE INTO edge_response_tags (tag, key) SELECT ?, ? WHERE ${unpurged.sql}`,
            args: [tag, stored, ...unpurged.args],
          })),
        ],
        'write',
      )
      // A quiet site purges rarely: its writes keep the store to its age and size.
      await pruneResponses(Date.now())
      return written.rowsAffected > 0
    },
    purge: async (tags) => {
      if (tags.length === 0) return
      await client.batch(purgeStatements(tags, false), 'write')
      // Not awaited: a purge runs inside writers' requests, and the prune can wait for no one.
      void pruneResponses(Date.now())
    },
    purgeAll: async () => void (await client.batch(purgeStatements([ALL], true), 'write')),
    async lease(key, ms) {
      const now = Date.now()
      const { rows } = await client.execute({
        sql: `INSERT INTO edge_leases (key, until) VALUES (?, ?)
              ON CONFLICT (key) DO UPDATE SET until = excluded.until WHERE edge_leases.until < ? RETURNING key`,
        args: [storedKey(build, key), now + ms, now],
      })
      return rows.length === 1
    },
    async release(key) {
      await client.execute({ sql: 'DELETE FROM edge_leases WHERE key = ?', args: [storedKey(build, key)] })
    },
    close: async () => client.close(),
  }
}
