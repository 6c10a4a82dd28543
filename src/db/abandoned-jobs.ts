import { sql as pgSql, type SQL as PgSQL } from '@payloadcms/db-postgres/drizzle'
import { sql as sqliteSql, type SQL as SqliteSQL } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

import { ABANDONED_MESSAGE, runsAgain, type AbandonPolicy } from '../lib/leases/job-lease'
import type { DrizzleAdapter, MongoModel } from './job-claims'

export type SettledJobs = {
  /** Released to run again: they had not begun sending, or are harmless to repeat. */
  ranAgain: string[]
  /** Marked failed, never run again: they began sending, so they may have gone out already. */
  failed: { id: string; claimedBy: string | null }[]
}

type Row = { id: unknown; claimed_by: unknown }
type PgRunner = { execute(query: PgSQL): Promise<{ rows: Row[] }> }
type SqliteRunner = { all(query: SqliteSQL): Promise<Row[]> }

/**
 * Settles the jobs still claimed from before `before` (see src/lib/leases/job-lease.ts for why and
 * how). Each statement touches only jobs still claimed before the cut-off, so a job another worker
 * has claimed since (a fresh `claimedAt`) is left alone, and two workers settling at once settle
 * each job once. Jobs claimed before the claim recorded its time count from their last update.
 */
export async function settleAbandonedJobs(payload: Payload, before: Date, policy: AbandonPolicy): Promise<SettledJobs> {
  const db = payload.db
  switch (db.name) {
    case 'postgres':
      return settlePostgres((db as unknown as DrizzleAdapter).drizzle as PgRunner, before, policy)
    case 'sqlite':
      return settleSqlite((db as unknown as DrizzleAdapter).drizzle as SqliteRunner, before, policy)
    case 'mongoose':
      return settleMongo((db as unknown as { collections: Record<string, MongoModel> }).collections['payload-jobs'], before, policy)
    default:
      return { ranAgain: [], failed: [] }
  }
}

async function settlePostgres(db: PgRunner, before: Date, policy: AbandonPolicy): Promise<SettledJobs> {
  const inList = (column: PgSQL, values: readonly string[]) =>
    values.length === 0
      ? pgSql`false`
      : pgSql`${column} IN (${pgSql.join(
          values.map((value) => pgSql`${value}`),
          pgSql`, `,
        )})`
  const abandoned = pgSql`"processing" = true AND COALESCE("claimed_at", "updated_at") < ${before.toISOString()}::timestamptz`
  const harmless = pgSql`("sending_at" IS NULL OR ${inList(pgSql`"task_slug"::text`, policy.runAgainTasks)} OR ${inList(pgSql`"queue"`, policy.runAgainQueues)})`
  const released = await db.execute(
    pgSql`UPDATE "payload_jobs" SET "processing" = false WHERE ${abandoned} AND ${harmless} RETURNING "id", "claimed_by"`,
  )
  const failed = await db.execute(
    pgSql`UPDATE "payload_jobs" SET "processing" = false, "has_error" = true,
      "error" = jsonb_build_object('message', ${ABANDONED_MESSAGE}::text || COALESCE("claimed_by", 'unknown'), 'abandoned', true,
        'claimedBy', "claimed_by", 'claimedAt', COALESCE("claimed_at", "updated_at"))
      WHERE ${abandoned} AND NOT ${harmless} RETURNING "id", "claimed_by"`,
  )
  return settled(released.rows, failed.rows)
}

async function settleSqlite(db: SqliteRunner, before: Date, policy: AbandonPolicy): Promise<SettledJobs> {
  const inList = (column: SqliteSQL, values: readonly string[]) =>
    values.length === 0
      ? sqliteSql`0`
      : sqliteSql`${column} IN (${sqliteSql.join(
          values.map((value) => sqliteSql`${value}`),
          sqliteSql`, `,
        )})`
  // Dates are ISO-8601 text in UTC on SQLite, so they compare as strings.
  const abandoned = sqliteSql`"processing" = 1 AND COALESCE("claimed_at", "updated_at") < ${before.toISOString()}`
  const harmless = sqliteSql`("sending_at" IS NULL OR ${inList(sqliteSql`"task_slug"`, policy.runAgainTasks)} OR ${inList(sqliteSql`"queue"`, policy.runAgainQueues)})`
  const released = await db.all(
    sqliteSql`UPDATE "payload_jobs" SET "processing" = 0 WHERE ${abandoned} AND ${harmless} RETURNING "id", "claimed_by"`,
  )
  const failed = await db.all(
    sqliteSql`UPDATE "payload_jobs" SET "processing" = 0, "has_error" = 1,
      "error" = json_object('message', ${ABANDONED_MESSAGE} || COALESCE("claimed_by", 'unknown'), 'abandoned', json('true'),
        'claimedBy', "claimed_by", 'claimedAt', COALESCE("claimed_at", "updated_at"))
      WHERE ${abandoned} AND NOT ${harmless} RETURNING "id", "claimed_by"`,
  )
  return settled(released, failed)
}

/** One document at a time, each a compare-and-set on the claim it was found with. */
async function settleMongo(model: MongoModel, before: Date, policy: AbandonPolicy): Promise<SettledJobs> {
  const found = await model
    .find({
      processing: true,
      $or: [{ claimedAt: { $lt: before } }, { claimedAt: null, updatedAt: { $lt: before } }],
    })
    .lean()
  const result: SettledJobs = { ranAgain: [], failed: [] }
  for (const job of found) {
    const claimedBy = typeof job.claimedBy === 'string' ? job.claimedBy : null
    const still = { _id: job._id, processing: true, claimedAt: job.claimedAt ?? null }
    const repeat = runsAgain(
      { taskSlug: (job.taskSlug as string) ?? null, queue: (job.queue as string) ?? null, sending: job.sendingAt != null },
      policy,
    )
    const update = repeat
      ? { $set: { processing: false } }
      : {
          $set: {
            processing: false,
            hasError: true,
            error: {
              message: ABANDONED_MESSAGE + (claimedBy ?? 'unknown'),
              abandoned: true,
              claimedBy,
              claimedAt: job.claimedAt ?? job.updatedAt,
            },
          },
        }
    if ((await model.updateOne(still, update)).modifiedCount !== 1) continue
    if (repeat) result.ranAgain.push(String(job._id))
    else result.failed.push({ id: String(job._id), claimedBy })
  }
  return result
}

function settled(released: Row[], failed: Row[]): SettledJobs {
  return {
    ranAgain: released.map((row) => String(row.id)),
    failed: failed.map((row) => ({ id: String(row.id), claimedBy: row.claimed_by === null ? null : String(row.claimed_by) })),
  }
}
