import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { Payload, PayloadRequest } from 'payload'

import { writerSession } from '@/db/postgres-session'

/**
 * Denormalised counts (approved comments per article; votes, replies and open reports per comment),
 * always recomputed from the rows rather than incremented, so a lost or doubled hook cannot drift
 * them. Exact under concurrency on each engine:
 * - SQLite: one `UPDATE … SET n = (SELECT count(*) …)` statement; SQLite runs writers one at a time
 *   and the statement sees every committed row.
 * - PostgreSQL: inside the writer's own transaction, the counted row is locked first and only then
 *   counted, in a new statement and so a new READ COMMITTED snapshot. Counters of one
 *   row therefore run one after another, each seeing every transaction that counted before it
 *   (they committed before releasing the lock) plus its own change: the last one is exact. The lock
 *   is `FOR NO KEY UPDATE`, which does not wait on the key-share locks that inserting a comment (a
 *   foreign key to the article) takes: `FOR UPDATE` there deadlocks two concurrent posts.
 * - MongoDB: counted and written through the Local API; exact for one process (not yet proven).
 */
type Counter = {
  article(articleId: string, req?: Partial<PayloadRequest>): Promise<void>
  comment(commentId: string, req?: Partial<PayloadRequest>): Promise<void>
}

const ARTICLE_SQL = {
  lock: 'SELECT id FROM articles WHERE id = $1 FOR NO KEY UPDATE',
  update: `UPDATE articles SET comment_count = (SELECT count(*) FROM comments WHERE article_id = $1 AND status = 'approved') WHERE id = $1`,
}
const COMMENT_SQL = {
  lock: 'SELECT id FROM comments WHERE id = $1 FOR NO KEY UPDATE',
  update: `UPDATE comments SET
      votes_up = (SELECT count(*) FROM comment_votes WHERE comment_id = $1 AND value > 0),
      votes_down = (SELECT count(*) FROM comment_votes WHERE comment_id = $1 AND value < 0),
      score = (SELECT coalesce(sum(value), 0) FROM comment_votes WHERE comment_id = $1),
      reply_count = (SELECT count(*) FROM comments AS reply WHERE reply.parent_id = $1 AND reply.status = 'approved'),
      report_count = (SELECT count(*) FROM comment_reports WHERE comment_id = $1 AND dismissed_at IS NULL)
    WHERE id = $1`,
}

type PgClient = { query(text: string, args: unknown[]): Promise<unknown>; release(): void }
type PgAdapter = {
  name: 'postgres'
  pool: { connect(): Promise<PgClient> }
}
type SqliteAdapter = { name: 'sqlite'; client: { execute(statement: { sql: string; args: unknown[] }): Promise<unknown> } }

/** `$1` placeholders as drizzle SQL, so the statement runs on the transaction's own connection. */
function bound(text: string, id: string): SQL {
  const parts = text.split('$1')
  return sql.join(
    parts.map((part, index) => (index < parts.length - 1 ? sql.join([sql.raw(part), sql`${id}`]) : sql.raw(part))),
    sql.raw(''),
  )
}

function postgresCounter(adapter: PgAdapter): Counter {
  const run = async (statements: { lock: string; update: string }, id: string, req?: Partial<PayloadRequest>) => {
    const session = await writerSession(adapter, req)
    if (session) {
      await session.db.execute(bound(statements.lock, id))
      await session.db.execute(bound(statements.update, id))
      return
    }
    const client = await adapter.pool.connect()
    try {
      await client.query('BEGIN', [])
      await client.query(statements.lock, [id])
      await client.query(statements.update, [id])
      await client.query('COMMIT', [])
    } catch (error) {
      await client.query('ROLLBACK', []).catch(() => undefined)
      throw error
    } finally {
      client.release()
    }
  }
  return { article: (id, req) => run(ARTICLE_SQL, id, req), comment: (id, req) => run(COMMENT_SQL, id, req) }
}

function sqliteCounter(adapter: SqliteAdapter): Counter {
  const run = async (text: string, id: string) => void (await adapter.client.execute({ sql: text.replaceAll('$1', '?1'), args: [id] }))
  return { article: (id) => run(ARTICLE_SQL.update, id), comment: (id) => run(COMMENT_SQL.update, id) }
}

function localApiCounter(payload: Payload): Counter {
  const count = async (
    collection: 'comments' | 'comment-votes' | 'comment-reports',
    where: Record<string, unknown>,
    req?: Partial<PayloadRequest>,
  ) => (await payload.count({ collection, where: where as never, overrideAccess: true, req })).totalDocs
  return {
    article: async (id, req) => {
      const commentCount = await count('comments', { article: { equals: id }, status: { equals: 'approved' } }, req)
      await payload.db.updateOne({ collection: 'articles', id, data: { commentCount }, req })
    },
    comment: async (id, req) => {
      const votesUp = await count('comment-votes', { comment: { equals: id }, value: { greater_than: 0 } }, req)
      const votesDown = await count('comment-votes', { comment: { equals: id }, value: { less_than: 0 } }, req)
      const replyCount = await count('comments', { parent: { equals: id }, status: { equals: 'approved' } }, req)
      const reportCount = await count('comment-reports', { comment: { equals: id }, dismissedAt: { exists: false } }, req)
      await payload.db.updateOne({
        collection: 'comments',
        id,
        data: { votesUp, votesDown, score: votesUp - votesDown, replyCount, reportCount },
        req,
      })
    },
  }
}

const counters = new WeakMap<Payload, Counter>()

function counterFor(payload: Payload): Counter {
  let counter = counters.get(payload)
  if (counter) return counter
  const db = payload.db as unknown as { name: string }
  if (db.name === 'postgres') counter = postgresCounter(payload.db as unknown as PgAdapter)
  else if (db.name === 'sqlite') counter = sqliteCounter(payload.db as unknown as SqliteAdapter)
  else counter = localApiCounter(payload)
  counters.set(payload, counter)
  return counter
}

/** Recounts an article's approved comments. */
export function recountArticle(payload: Payload, articleId: string, req?: Partial<PayloadRequest>): Promise<void> {
  return counterFor(payload).article(articleId, req)
}

/** Recounts a comment's votes, approved direct replies and reports. */
export function recountComment(payload: Payload, commentId: string, req?: Partial<PayloadRequest>): Promise<void> {
  return counterFor(payload).comment(commentId, req)
}
