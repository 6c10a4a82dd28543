import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { Payload, PayloadRequest } from 'payload'

type Session = { db: { execute(query: SQL): Promise<unknown> } }
type PgAdapter = {
  pool: { query(text: string, values: unknown[]): Promise<unknown> }
  sessions: Record<string | number, Session | undefined>
}

/** The connection of the writer's transaction, when the request is inside one (Payload keeps it by transaction id). */
export async function writerSession(db: unknown, req: Partial<PayloadRequest> | undefined): Promise<Session | undefined> {
  return req?.transactionID ? (db as PgAdapter).sessions[await req.transactionID] : undefined
}

/**
 * PostgreSQL NOTIFY on the writer's own transaction when there is one, so listeners in every
 * process hear it only once the change is committed (and never if it rolls back); otherwise at once.
 */
export async function pgNotify(payload: Payload, req: Partial<PayloadRequest> | undefined, channel: string, text: string): Promise<void> {
  const session = await writerSession(payload.db, req)
  if (session) await session.db.execute(sql`SELECT pg_notify(${channel}, ${text})`)
  else await (payload.db as unknown as PgAdapter).pool.query('SELECT pg_notify($1, $2)', [channel, text])
}
