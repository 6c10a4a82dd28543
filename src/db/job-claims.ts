import { sql as pgSql } from '@payloadcms/db-postgres/drizzle'
import { sql as sqliteSql } from '@payloadcms/db-sqlite/drizzle'
import os from 'node:os'
import type { BaseDatabaseAdapter, DatabaseAdapter, Payload, PayloadRequest } from 'payload'

/** Who claimed a job, kept on it (`claimedBy`) so an abandoned one says which worker died with it. */
export const WORKER_ID = `${os.hostname()}:${process.pid}`

type UpdateJobsArgs = Parameters<BaseDatabaseAdapter['updateJobs']>[0]
type Claim = (ids: (number | string)[], req: UpdateJobsArgs['req']) => Promise<Set<string>>

export type DrizzleAdapter = {
  name: string
  drizzle: unknown
  sessions: Record<string, { db: unknown } | undefined>
}
type PgDb = { execute(query: ReturnType<typeof pgSql>): Promise<{ rows: { id: unknown }[] }> }
type SqliteDb = { all(query: ReturnType<typeof sqliteSql>): Promise<{ id: unknown }[]> }
export type MongoModel = {
  updateOne(filter: object, update: object): Promise<{ modifiedCount: number }>
  find(filter: object): { lean(): Promise<Record<string, unknown>[]> }
}

/**
 * Each queued job runs exactly once, however many workers look at the queue.
 *
 * Payload's runner claims jobs by finding those with `processing = false` and then setting it to
 * true, row by row: two workers (processes, or two runs in one process) that look at the same moment
 * both find the same job and both run it — a reader mailed twice, a webhook sent twice. We measured it
 * (tests/int/job-claims.test.ts). Here the adapter's `updateJobs` claims with a compare-and-set
 * instead: `UPDATE … SET processing = true WHERE id IN (…) AND processing = false RETURNING id` (one
 * document at a time on MongoDB), so exactly one worker wins each job; the rest of the update then
 * runs on the won jobs only. Jobs another worker took are simply not this worker's. The claim also
 * records the worker and the time (`claimedBy`, `claimedAt`) and clears the previous run's
 * `sendingAt`: a job whose worker died is found by them and settled (src/db/abandoned-jobs.ts).
 */
export function claimJobsOnce(payload: Payload): void {
  const db = payload.db
  const claim = claimFor(db)
  if (!claim) return
  const original = db.updateJobs.bind(db)
  db.updateJobs = async (args) => {
    if (args.data?.processing !== true) return original(args)
    if (args.id !== undefined) {
      const won = await claim([args.id], args.req)
      return won.size > 0 ? original(args) : []
    }
    const candidates = await db.find({
      collection: 'payload-jobs',
      where: args.where,
      sort: args.sort,
      limit: args.limit,
      pagination: false,
      req: args.req,
    })
    const ids = candidates.docs.map((job) => job.id as number | string)
    if (ids.length === 0) return []
    const won = await claim(ids, args.req)
    if (won.size === 0) return []
    const ours = ids.filter((id) => won.has(String(id)))
    return original({ ...args, where: { id: { in: ours } }, limit: ours.length })
  }
}

function claimFor(db: DatabaseAdapter): Claim | null {
  switch (db.name) {
    case 'postgres':
      return async (ids, req) => {
        const runner = (await transactionDb(db as unknown as DrizzleAdapter, req)) as PgDb
        const result = await runner.execute(
          pgSql`UPDATE "payload_jobs" SET "processing" = true, "claimed_by" = ${WORKER_ID}, "claimed_at" = now(), "sending_at" = NULL WHERE "id" IN (${pgSql.join(
            ids.map((id) => pgSql`${id}`),
            pgSql`, `,
          )}) AND "processing" = false RETURNING "id"`,
        )
        return new Set(result.rows.map((row) => String(row.id)))
      }
    case 'sqlite':
      return async (ids, req) => {
        const runner = (await transactionDb(db as unknown as DrizzleAdapter, req)) as SqliteDb
        const rows = await runner.all(
          sqliteSql`UPDATE "payload_jobs" SET "processing" = 1, "claimed_by" = ${WORKER_ID}, "claimed_at" = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "sending_at" = NULL WHERE "id" IN (${sqliteSql.join(
            ids.map((id) => sqliteSql`${id}`),
            sqliteSql`, `,
          )}) AND "processing" = 0 RETURNING "id"`,
        )
        return new Set(rows.map((row) => String(row.id)))
      }
    case 'mongoose': {
      const model = (db as unknown as { collections: Record<string, MongoModel> }).collections['payload-jobs']
      return async (ids) => {
        const won = new Set<string>()
        for (const id of ids) {
          const result = await model.updateOne(
            { _id: id, processing: false },
            { $set: { processing: true, claimedBy: WORKER_ID, claimedAt: new Date(), sendingAt: null } },
          )
          if (result.modifiedCount === 1) won.add(String(id))
        }
        return won
      }
    }
    default:
      return null
  }
}

/** The claim runs in the runner's own transaction when it opened one, so the rest of its update sees it. */
async function transactionDb(adapter: DrizzleAdapter, req: Partial<PayloadRequest> | undefined): Promise<unknown> {
  const id = req?.transactionID ? await req.transactionID : undefined
  return (id !== undefined && adapter.sessions[String(id)]?.db) || adapter.drizzle
}
