import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload, PayloadRequest } from 'payload'

type PgAdapter = {
  pool: { query(text: string, values: unknown[]): Promise<unknown> }
  sessions: Record<string | number, { db: { execute(query: ReturnType<typeof sql>): Promise<unknown> } } | undefined>
}

/**
 * PostgreSQL NOTIFY on the writer's own transaction when there is one, so listeners in every
 * process hear it only once the change is committed (and never if it rolls back); otherwise at once.
 */
export async function pgNotify(payload: Payload, req: Partial<PayloadRequest> | undefined, channel: string, text: string): Promise<void> {
  const adapter = payload.db as unknown as PgAdapter
  const session = req?.transactionID ? adapter.sessions[await req.transactionID] : undefined
  if (session) await session.db.execute(sql`SELECT pg_notify(${channel}, ${text})`)
  else await adapter.pool.query('SELECT pg_notify($1, $2)', [channel, text])
}
