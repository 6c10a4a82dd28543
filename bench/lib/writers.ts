/**
 * Stores generated content. One interface, two implementations: multi-row INSERTs on the SQL
 * engines (a million comments through the Local API's hooks would take hours), and the Local API
 * everywhere else (MongoDB), which runs every hook and is slow but exact.
 */
import type { Payload } from 'payload'

import type { GeneratedArticle, GeneratedComment } from './content'
import { insertRows, type SqlRunner } from './sql'

export type ContentWriter = {
  articles(rows: GeneratedArticle[]): Promise<void>
  comments(rows: GeneratedComment[]): Promise<void>
  /** Recomputes the denormalised counts the hooks would have kept (approved comments, replies). */
  finish(): Promise<void>
  /** The stored id of a generated row (MongoDB assigns its own). */
  storedId(generated: string): string
}

const ARTICLE_COLUMNS = [
  'id',
  'title',
  'dek',
  'slug',
  'generate_slug',
  'body',
  'section_id',
  'hero_image_id',
  'hero_caption',
  'hero_credit',
  '_status',
  'first_published_at',
  'reading_time_minutes',
  'comments_mode',
  'comment_moderation',
  'created_at',
  'updated_at',
]
const COMMENT_COLUMNS = [
  'id',
  'article_id',
  'excerpt',
  'body',
  'status',
  'parent_id',
  'root_id',
  'depth',
  'reply_to_id',
  'reply_to_name',
  'guest_name',
  'guest_email',
  'ip_hash',
  'votes_up',
  'votes_down',
  'score',
  'created_at',
  'updated_at',
]

export function sqlWriter(sql: SqlRunner): ContentWriter {
  return {
    async articles(rows) {
      const articleRows = rows.map((a) => [
        a.id,
        a.title,
        a.dek,
        a.slug,
        false,
        a.body,
        a.sectionId,
        a.heroImageId,
        a.heroCaption,
        a.heroCredit,
        'published',
        a.firstPublishedAt,
        a.readingTimeMinutes,
        'open',
        'site',
        a.firstPublishedAt,
        a.firstPublishedAt,
      ])
      const rels = rows.flatMap((a) => [
        ...a.tagIds.map((id, order) => [order + 1, a.id, 'tags', id, null]),
        ...a.authorIds.map((id, order) => [order + 1, a.id, 'authors', null, id]),
      ])
      await sql.batch([
        ...insertRows('articles', ARTICLE_COLUMNS, articleRows, 100),
        ...insertRows('articles_rels', ['order', 'parent_id', 'path', 'tags_id', 'authors_id'], rels, 1000),
      ])
    },
    async comments(rows) {
      const values = rows.map((c) => [
        c.id,
        c.articleId,
        c.body.slice(0, 80),
        c.body,
        c.status,
        c.parentId,
        c.rootId,
        c.depth,
        c.replyToId,
        c.replyToName,
        c.guestName,
        c.guestEmail,
        c.ipHash,
        c.votesUp,
        c.votesDown,
        c.votesUp - c.votesDown,
        c.createdAt,
        c.createdAt,
      ])
      await sql.batch(insertRows('comments', COMMENT_COLUMNS, values, 1000))
    },
    async finish() {
      // The same counts src/comments/services/counters.ts keeps, set in two statements for the whole archive.
      await sql.query(`UPDATE articles SET comment_count = counted.n
        FROM (SELECT article_id, count(*) AS n FROM comments WHERE status = 'approved' GROUP BY article_id) AS counted
        WHERE articles.id = counted.article_id`)
      await sql.query(`UPDATE comments SET reply_count = counted.n
        FROM (SELECT parent_id, count(*) AS n FROM comments WHERE status = 'approved' AND parent_id IS NOT NULL GROUP BY parent_id) AS counted
        WHERE comments.id = counted.parent_id`)
      if (sql.engine === 'postgres') await sql.query('ANALYZE')
    },
    storedId: (generated) => generated,
  }
}

export function localApiWriter(payload: Payload): ContentWriter {
  // MongoDB assigns its own ids: generated ids are mapped to stored ones as rows are written.
  const stored = new Map<string, string>()
  const id = (generated: string | null) => (generated ? (stored.get(generated) ?? generated) : null)
  const options = { overrideAccess: true, depth: 0, context: { seeding: true } } as const
  return {
    async articles(rows) {
      for (const a of rows) {
        const doc = await payload.create({
          collection: 'articles',
          ...options,
          data: {
            title: a.title,
            slug: a.slug,
            dek: a.dek,
            _status: 'published',
            section: a.sectionId,
            tags: a.tagIds,
            authors: a.authorIds,
            hero: { image: a.heroImageId, caption: a.heroCaption, credit: a.heroCredit },
            body: a.body as never,
            firstPublishedAt: a.firstPublishedAt.toISOString(),
          },
        })
        stored.set(a.id, String(doc.id))
      }
    },
    async comments(rows) {
      for (const c of rows) {
        const doc = await payload.create({
          collection: 'comments',
          ...options,
          data: {
            article: id(c.articleId)!,
            parent: id(c.parentId),
            body: c.body,
            status: c.status,
            guestName: c.guestName,
            guestEmail: c.guestEmail,
          },
        })
        stored.set(c.id, String(doc.id))
      }
    },
    async finish() {},
    storedId: (generated) => id(generated)!,
  }
}
