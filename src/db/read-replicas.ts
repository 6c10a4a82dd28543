import { sql } from '@payloadcms/db-postgres/drizzle'
import type { NodePgDatabase } from '@payloadcms/db-postgres/drizzle/node-postgres'
import { withReplicas } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { Payload } from 'payload'

import { settings } from '../lib/config/settings'
import { parseLsn, ReplicaFreshness } from '../lib/replicas/freshness'
import { chooseReplica, readRouting } from '../lib/replicas/routing'

type Db = NodePgDatabase<Record<string, unknown>>
type ReplicatedDb = Db & { $primary: Db; $replicas: Db[] }

const PROBE_TIMEOUT_MS = 1_000

/**
 * PostgreSQL read replicas (DATABASE_READ_REPLICAS, given to the adapter's own `readReplicas`).
 * Payload sends every read outside a transaction to a random replica, for as long as it is there and
 * however far behind it is. This puts a chooser in front of drizzle's `withReplicas` instead:
 * - a replica serves reads only while it is fresh: a probe every REPLICA_PROBE_MS compares its
 *   replayed log position with the primary's (src/lib/replicas/freshness.ts); lagging, paused or
 *   down, it is skipped and reads go to the primary until it catches up;
 * - requests that write, and a client's reads for a moment after it wrote, use the primary (the
 *   edge marks them: src/server/read-routing.ts), as do reads in a write's transaction (Payload);
 * - after any write or purge this process sees, its reads use the primary for longer than the lag
 *   bound, so no page is rendered into the cache from a replica that has not yet replayed the change.
 */
export function routeReadsToReplicas(payload: Payload): void {
  const adapter = payload.db as unknown as { name: string; drizzle: ReplicatedDb }
  if (adapter.name !== 'postgres' || !adapter.drizzle.$replicas?.length) return
  const { $primary: primary, $replicas: replicas } = adapter.drizzle
  adapter.drizzle = withReplicas(primary, replicas as [Db, ...Db[]], () => {
    const index = chooseReplica()
    return index < 0 ? primary : replicas[index]
  }) as unknown as ReplicatedDb

  const routing = readRouting()
  routing.replicas = settings.readReplicas.map((url) => ({ url: redact(url), fresh: false, problem: 'not probed yet' }))
  const freshness = new ReplicaFreshness(settings.replicaMaxLagMs)
  let probing = false
  const probe = async () => {
    if (probing) return
    probing = true
    try {
      const now = Date.now()
      const position = await withTimeout(primary.execute(sql`SELECT pg_current_wal_lsn()::text AS lsn`))
      freshness.notePrimary(parseLsn(String(position.rows[0].lsn)), now)
      await Promise.all(
        replicas.map(async (replica, index) => {
          const state = routing.replicas[index]
          try {
            const result = await withTimeout(
              replica.execute(sql`SELECT pg_is_in_recovery() AS recovering, pg_last_wal_replay_lsn()::text AS lsn`),
            )
            const row = result.rows[0]
            if (!row.recovering || !row.lsn) throw new Error('not a streaming replica')
            state.fresh = freshness.isFresh(parseLsn(String(row.lsn)), Date.now())
            state.problem = state.fresh ? null : `more than ${settings.replicaMaxLagMs} ms behind the primary`
          } catch (error) {
            state.fresh = false
            state.problem = error instanceof Error ? error.message : String(error)
          }
        }),
      )
    } catch (error) {
      // The primary itself did not answer: nothing can be judged fresh against it.
      for (const state of routing.replicas) {
        state.fresh = false
        state.problem = `primary did not answer the probe: ${error instanceof Error ? error.message : String(error)}`
      }
    } finally {
      probing = false
    }
  }
  void probe()
  setInterval(() => void probe(), settings.replicaProbeMs).unref()
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS).unref()),
  ])
}

/** The replica's address without its password, for /healthz. */
function redact(url: string): string {
  try {
    const parsed = new URL(url)
    parsed.password = ''
    return `${parsed.host}${parsed.pathname}`
  } catch {
    return 'replica'
  }
}
