import type { Payload } from 'payload'

type EventSource = { on(event: 'error', listener: (error: Error) => void): unknown; listenerCount(event: 'error'): number }
type Pool = EventSource & { on(event: 'connect', listener: (client: EventSource) => void): unknown; _clients?: EventSource[] }

/**
 * node-postgres emits 'error' on its pool when an idle connection dies (the server restarted, a
 * failover, an administrator's kill). With no listener, Node treats that as an uncaught error and the
 * whole service exits. The connection is dropped by the pool either way; we log it and carry on, and
 * the next query opens a fresh connection (or fails with a clear error while the database is down).
 */
export function keepPoolErrorsFromCrashing(payload: Payload): void {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (!pool || pool.listenerCount('error') > 0) return
  pool.on('error', (error: Error & { code?: string }) =>
    payload.logger.warn({ code: error.code, message: error.message }, 'database connection lost; the pool will reconnect'),
  )
  // A connection checked out of the pool (a transaction between two queries) emits 'error' on its
  // client, where the pool listens no more: the same crash. Its queries fail with the error anyway
  // (and a lost COMMIT fails the operation: failed-commits.ts), so the client's listener only notes it.
  const noteLostClient = (client: EventSource) =>
    client.on('error', (error: Error & { code?: string }) =>
      payload.logger.debug({ code: error.code, message: error.message }, 'database connection lost while in use'),
    )
  for (const client of pool._clients ?? []) noteLostClient(client)
  pool.on('connect', noteLostClient)
}
