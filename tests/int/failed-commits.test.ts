import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload, PayloadRequest } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { COMMIT_FAILED } from '@/db/failed-commits'
import { explainError } from '@/lib/requests/explain-error'
import { slugify } from '@/lib/slugs/slugify'
import { testPayload, unique } from './helpers/payload'

/**
 * A COMMIT lost with its connection fails the operation instead of passing for done
 * (src/db/failed-commits.ts): on PostgreSQL the transaction's own connection is terminated from
 * another one just before COMMIT. A COMMIT that succeeds is untouched, on every engine.
 */
let payload: Payload
const onPostgres = /^postgres(ql)?:/.test(process.env.DATABASE_URL ?? '')

type Sessions = Record<string, { db: { execute(query: unknown): Promise<{ rows: { pid: number }[] }> } }>
type PgAdapter = { sessions: Sessions; pool: { query(text: string, values: unknown[]): Promise<unknown> } }

beforeAll(async () => {
  payload = await testPayload()
})

/** A tag made inside the transaction `id`, as an operation inside a request's transaction makes it. */
async function tagIn(id: string | number, name: string) {
  const req = { transactionID: id } as Partial<PayloadRequest>
  await payload.create({ collection: 'tags', data: { name, slug: slugify(name) }, draft: false, overrideAccess: true, req })
}

const stored = async (name: string) =>
  (await payload.count({ collection: 'tags', where: { name: { equals: name } }, overrideAccess: true })).totalDocs

it('leaves a COMMIT that succeeds as it was: the write is stored', async () => {
  if (!('sessions' in payload.db)) return // MongoDB: not drizzle
  const id = await payload.db.beginTransaction()
  const name = unique('committed')
  await tagIn(id!, name)
  await payload.db.commitTransaction(id!)
  expect(await stored(name)).toBe(1)
})

it.skipIf(!onPostgres)('throws when the COMMIT is lost with its connection, answered as 503; nothing is stored', async () => {
  const adapter = payload.db as unknown as PgAdapter
  const id = await payload.db.beginTransaction()
  const name = unique('lost-commit')
  await tagIn(id!, name)
  const { rows } = await adapter.sessions[String(id)].db.execute(sql`select pg_backend_pid() as pid`)
  await adapter.pool.query('select pg_terminate_backend($1)', [rows[0].pid])

  const failure = await payload.db.commitTransaction(id!).then(
    () => null,
    (error: unknown) => error,
  )
  expect(failure, 'a lost COMMIT passed for done').toBeInstanceOf(Error)
  expect((failure as Error).message).toContain(COMMIT_FAILED)
  expect(explainError(failure)?.status).toBe(503)
  expect(await stored(name)).toBe(0)
})
