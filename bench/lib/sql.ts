import type { Payload } from 'payload'

/**
 * Raw SQL on the adapter's own connection pool, for the benchmark's data generator and its L0
 * layer (the floor: what the database alone costs). `$1`-style placeholders on both engines.
 */
export type SqlRunner = {
  engine: 'postgres' | 'sqlite'
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>
  /** Several writes in one transaction. */
  batch(statements: { text: string; params: unknown[] }[]): Promise<void>
}

type PgClient = { query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>; release(): void }
type PgAdapter = {
  name: 'postgres'
  pool: { query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>; connect(): Promise<PgClient> }
}
type SqliteStatement = { sql: string; args: unknown[] }
type SqliteAdapter = {
  name: 'sqlite'
  client: {
    execute(statement: SqliteStatement): Promise<{ rows: unknown[] }>
    batch(statements: SqliteStatement[], mode: 'write'): Promise<unknown>
  }
}

const forSqlite = (text: string, params: unknown[] = []): SqliteStatement => ({
  sql: text.replace(/\$(\d+)/g, '?$1'),
  // SQLite has no boolean, date or JSON types: the adapter stores them as 0/1, ISO text and JSON text.
  args: params.map((value) =>
    typeof value === 'boolean'
      ? Number(value)
      : value instanceof Date
        ? value.toISOString()
        : value !== null && typeof value === 'object'
          ? JSON.stringify(value)
          : value,
  ),
})

/** The runner for a SQL adapter, or null on MongoDB (whose generator path is the Local API). */
export function sqlRunner(payload: Payload): SqlRunner | null {
  const db = payload.db as unknown as { name: string }
  if (db.name === 'postgres') {
    const pool = (payload.db as unknown as PgAdapter).pool
    return {
      engine: 'postgres',
      query: async <Row>(text: string, params: unknown[] = []) => (await pool.query(text, params)).rows as Row[],
      batch: async (statements) => {
        const client = await pool.connect()
        try {
          await client.query('BEGIN')
          for (const statement of statements) await client.query(statement.text, statement.params)
          await client.query('COMMIT')
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined)
          throw error
        } finally {
          client.release()
        }
      },
    }
  }
  if (db.name === 'sqlite') {
    const client = (payload.db as unknown as SqliteAdapter).client
    return {
      engine: 'sqlite',
      query: async <Row>(text: string, params: unknown[] = []) => (await client.execute(forSqlite(text, params))).rows as Row[],
      batch: async (statements) =>
        void (await client.batch(
          statements.map((s) => forSqlite(s.text, s.params)),
          'write',
        )),
    }
  }
  return null
}

/** One multi-row INSERT per chunk (PostgreSQL allows 65,535 parameters a statement, SQLite 32,766). */
export function insertRows(table: string, columns: string[], rows: unknown[][], perStatement = 500): { text: string; params: unknown[] }[] {
  const statements: { text: string; params: unknown[] }[] = []
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement)
    const params: unknown[] = []
    const tuples = chunk.map((row) => `(${row.map((value) => (params.push(value), `$${params.length}`)).join(', ')})`)
    statements.push({ text: `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')}`, params })
  }
  return statements
}
