import type { Payload } from 'payload'

import { mongoSearchEngine, type MongoSearchCollection } from '../search/engines/mongodb'
import { postgresSearchEngine } from '../search/engines/postgres'
import { sqliteSearchEngine } from '../search/engines/sqlite'
import type { SearchEngine } from '../search/domain/types'

type LibsqlClient = {
  execute(statement: { sql: string; args: unknown[] }): Promise<{ rows: Record<string, unknown>[] }>
  batch(statements: { sql: string; args: unknown[] }[], mode: 'write'): Promise<unknown>
}
type PgPool = { query(sql: string, args: unknown[]): Promise<{ rows: Record<string, unknown>[] }> }
type MongoConnection = { db: { collection(name: string): MongoSearchCollection } }

const engines = new WeakMap<Payload, SearchEngine>()

/**
 * The search engine for the database Payload is connected to, built from the adapter's own client
 * (so it shares its connections): FTS5 on SQLite, tsvector on PostgreSQL, a text index on MongoDB.
 */
export function searchEngineFor(payload: Payload): SearchEngine {
  const cached = engines.get(payload)
  if (cached) return cached
  const db = payload.db as unknown as { name: string; client?: LibsqlClient; pool?: PgPool; connection?: MongoConnection }
  let engine: SearchEngine
  switch (db.name) {
    case 'sqlite': {
      const client = db.client!
      engine = sqliteSearchEngine({
        query: async (sql, args) => (await client.execute({ sql, args })).rows,
        batch: async (statements) => void (await client.batch(statements, 'write')),
      })
      break
    }
    case 'postgres': {
      const pool = db.pool!
      engine = postgresSearchEngine({ query: async (sql, args) => (await pool.query(sql, args)).rows })
      break
    }
    case 'mongoose':
      engine = mongoSearchEngine(db.connection!.db.collection('search_documents'))
      break
    default:
      throw new Error(`No search engine for the "${db.name}" database adapter.`)
  }
  engines.set(payload, engine)
  return engine
}
