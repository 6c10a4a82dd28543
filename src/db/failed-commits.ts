import type { Payload } from 'payload'

type Transaction = object
type Drizzle = { transaction(run: (tx: Transaction) => Promise<unknown>, config?: unknown): Promise<unknown> }
type DrizzleAdapter = {
  drizzle?: Drizzle
  sessions?: Record<string, { db: Transaction } | undefined>
  commitTransaction(id: string | number | Promise<string | number>): Promise<void>
}

/** The message of the error a lost COMMIT raises: src/lib/requests/explain-error.ts answers it with 503. */
export const COMMIT_FAILED = 'Transaction commit failed'

/** How each open transaction ended, by the transaction object Payload keeps in its session. */
const outcomes = new WeakMap<Transaction, { error?: unknown }>()
const patched = new WeakSet<object>()

/**
 * @payloadcms/drizzle swallows a failed COMMIT. Its beginTransaction catches the rejection of
 * drizzle's transaction (meant for a connection lost before BEGIN), and that rejection is also what a
 * failed COMMIT turns into; commitTransaction catches whatever is left. A COMMIT lost with its
 * connection (a database restart at that moment) therefore looked done: the API answered 201 for a
 * comment that was never stored, and the client, told it was, did not retry. The reliability test
 * that restarts PostgreSQL under load met it once (330 acknowledged, 329 stored).
 *
 * This notes how each drizzle transaction ends and makes commitTransaction throw when the COMMIT
 * failed, so the operation fails (503 through explain-error) and a client retries with its
 * Idempotency-Key: nothing was saved, the key's record included. On SQLite and PostgreSQL both
 * (the same adapter code); MongoDB's adapter is not drizzle and reports its own.
 */
export function reportFailedCommits(payload: Payload): void {
  const adapter = payload.db as unknown as DrizzleAdapter
  const drizzle = adapter.drizzle
  if (!drizzle || typeof drizzle.transaction !== 'function' || !adapter.sessions || patched.has(adapter)) return
  patched.add(adapter)

  const transaction = drizzle.transaction.bind(drizzle)
  drizzle.transaction = (run, config) => {
    const outcome: { error?: unknown } = {}
    return transaction(async (tx) => {
      outcomes.set(tx, outcome)
      return run(tx)
    }, config).catch((error: unknown) => {
      outcome.error = error ?? new Error('rolled back')
      throw error
    })
  }

  const commit = adapter.commitTransaction.bind(adapter)
  adapter.commitTransaction = async (incomingId) => {
    const id = await incomingId
    const session = adapter.sessions?.[String(id)]
    const outcome = session ? outcomes.get(session.db) : undefined
    // Resolves once drizzle's transaction has settled, COMMIT included (Payload awaits it).
    await commit(id)
    if (outcome?.error) {
      const reason = outcome.error instanceof Error ? outcome.error.message : String(outcome.error)
      throw new Error(`${COMMIT_FAILED}: ${reason}`, { cause: outcome.error })
    }
  }
}
