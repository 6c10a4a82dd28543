import type { Payload } from 'payload'

type EventSource = { on(event: 'error', listener: (error: Error) => void): unknown; listenerCount(event: 'error'): number }

/**
 * node-postgres emits 'error' on its pool when an idle connection dies (the server restarted, a
 * failover, an administrator's kill). With no listener, Node treats that as an uncaught error and the
 * whole service exits. The connection is dropped by the pool either way; we log it and carry on, and
 * the next query opens a fresh connection (or fails with a clear error while the database is down).
 */
export function keepPoolErrorsFromCrashing(payload: Payload): void {
  const pool = (payload.db as unknown as { pool?: EventSource }).pool
  if (!pool || pool.listenerCount('error') > 0) return
  pool.on('error', (error: Error & { code?: string }) =>
    payload.logger.warn({ code: error.code, message: error.message }, 'database connection lost; the pool will reconnect'),
  )
}
