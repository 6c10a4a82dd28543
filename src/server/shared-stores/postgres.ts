import pg from 'pg'

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

/** Renders write under a shared lock and purges take it alone: no purge falls between a write's check and the write. */
const LOCK = 7_303_001

/**
 * Responses in PostgreSQL (`edge_responses`, `edge_purges` and `edge_leases`, made by the migrations): for sites on
 * PostgreSQL without Redis, so every process and every restart share one copy per page.
 */
export function postgresResponseStore(
  connectionString: string,
  { build, maxAgeMs, maxBytes = Infinity, pruneEveryMs = PRUNE_EVERY_MS }: SharedStoreOptions,
): SharedResponseStore {
  const pool = new pg.Pool({ connectionString, max: 4, connectionTimeoutMillis: 2000, statement_timeout: 2000 })
  pool.on('error', () => undefined) // a lost connection is replaced on the next query
  let prunedAt = Date.now()
  let responsesPrunedAt = Date.now()

  // A prune that fails costs disk, not correctness: it is not the write's or the purge's failure,
  // and the next one, a minute on, tries again.
  const pruneResponses = (now: number) => pruneResponsesNow(now).catch(() => undefined)
  /**
   * Responses too old to be read, then the oldest past the byte budget. Outside any lock: dropping a
   * response only makes a miss. `octet_length` reads a stored value's size without fetching it.
   */
  async function pruneResponsesNow(now: number): Promise<void> {
    if (now - responsesPrunedAt < pruneEveryMs) return
    responsesPrunedAt = now
    await pool.query('DELETE FROM edge_responses WHERE stored_at < $1', [now - maxAgeMs])
    if (!Number.isFinite(maxBytes)) return
    await pool.query(
      `DELETE FROM edge_responses WHERE key IN (
         SELECT key FROM (
           SELECT key, sum(octet_length(body) + coalesce(octet_length(gzip), 0)) OVER (ORDER BY stored_at DESC, key) AS newer_bytes
           FROM edge_responses) sized
         WHERE newer_bytes > $1)`,
      [maxBytes],
    )
  }

  async function inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect()
    try {
      await client.query('BEGIN')
      const result = await work(client)
      await client.query('COMMIT')
      return result
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined)
      throw error
    } finally {
      client.release()
    }
  }

  async function purgeWith(tags: string[], dropResponses: string): Promise<void> {
    const now = Date.now()
    const prune = now - prunedAt > PRUNE_EVERY_MS
    if (prune) prunedAt = now
    await inTransaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK])
      await client.query(
        `INSERT INTO edge_purges (tag, purged_at) SELECT unnest($1::text[]), $2
         ON CONFLICT (tag) DO UPDATE SET purged_at = greatest(edge_purges.purged_at, excluded.purged_at)`,
        [tags, now],
      )
      await client.query(dropResponses, dropResponses.includes('$1') ? [tags] : [])
      // Nothing renders for as long as a response is kept: older purges can go.
      if (prune) await client.query('DELETE FROM edge_purges WHERE purged_at < $1', [now - maxAgeMs])
    })
    // Not awaited: a purge runs inside writers' requests, and the prune can wait for no one.
    void pruneResponses(now)
  }

  return {
    kind: 'postgres',
    async get(key) {
      const { rows } = await pool.query<{ meta: string; body: Buffer; gzip: Buffer | null }>(
        'SELECT meta, body, gzip FROM edge_responses WHERE key = $1',
        [storedKey(build, key)],
      )
      return rows[0] && decodeStored(rows[0].meta, rows[0].body, rows[0].gzip, maxAgeMs)
    },
    async set(key: string, entry: SharedResponse) {
      const written = await inTransaction(async (client) => {
        await client.query('SELECT pg_advisory_xact_lock_shared($1)', [LOCK])
        const purged = await client.query('SELECT 1 FROM edge_purges WHERE tag = ANY($1::text[]) AND purged_at >= $2 LIMIT 1', [
          [...entry.tags, ALL],
          entry.renderBegunAt,
        ])
        if (purged.rowCount) return false
        await client.query(
          `INSERT INTO edge_responses (key, meta, body, gzip, tags, stored_at) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (key) DO UPDATE SET meta = excluded.meta, body = excluded.body, gzip = excluded.gzip,
             tags = excluded.tags, stored_at = excluded.stored_at`,
          [storedKey(build, key), encodeMeta(entry), entry.body, entry.gzip, entry.tags, entry.storedAt],
        )
        return true
      })
      // A quiet site purges rarely: its writes keep the store to its age and size.
      await pruneResponses(Date.now())
      return written
    },
    purge: (tags) => (tags.length > 0 ? purgeWith(tags, 'DELETE FROM edge_responses WHERE tags && $1::text[]') : Promise.resolve()),
    purgeAll: () => purgeWith([ALL], 'DELETE FROM edge_responses'),
    async lease(key, ms) {
      const now = Date.now()
      const { rowCount } = await pool.query(
        `INSERT INTO edge_leases (key, until) VALUES ($1, $2)
         ON CONFLICT (key) DO UPDATE SET until = excluded.until WHERE edge_leases.until < $3 RETURNING key`,
        [storedKey(build, key), now + ms, now],
      )
      return rowCount === 1
    },
    async release(key) {
      await pool.query('DELETE FROM edge_leases WHERE key = $1', [storedKey(build, key)])
    },
    close: () => pool.end(),
  }
}
