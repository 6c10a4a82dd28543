/**
 * The benchmark's floors, in a process of their own beside the service, all over bare Node `http`
 * so every layer pays the same HTTP cost and only the work behind it differs:
 *   L0 `/l0/<read>`: the raw SQL the read needs, plus JSON serialisation (the floor for uncached reads);
 *   L1 `/l1/<key>`:  the same bytes the service sent, from memory (the floor for cached reads);
 *   L2 `/l2/<read>`: the Payload Local API call, serialised.
 * Reads: article?slug=, section?id=, thread?article=. Register L1 bytes with `PUT /l1/<key>`.
 *   PORT=… DATABASE_URL=… node scripts/run.mjs bench/lib/floor-server.ts
 */
import http from 'node:http'
import { getPayload, type Where } from 'payload'

import { sqlRunner, type SqlRunner } from './sql'

const { default: config } = await import('@payload-config')
const payload = await getPayload({ config, cron: false })
const sql = sqlRunner(payload)
const json = (value: unknown) => (typeof value === 'string' ? (JSON.parse(value) as unknown) : value)

type Row = Record<string, unknown>
const PUBLISHED_ARTICLE = `SELECT id, title, kicker, dek, slug, body, hero_image_id, hero_caption, hero_credit, section_id,
  first_published_at, updated_at, reading_time_minutes, comment_count, comments_mode FROM articles WHERE slug = $1 AND _status = 'published' LIMIT 1`

/** Article by slug with its section, bylines, tags and hero image: what the article read returns at depth 1. */
async function rawArticle(db: SqlRunner, slug: string) {
  const [article] = await db.query(PUBLISHED_ARTICLE, [slug])
  if (!article) return null
  const [rels, sections, media] = await Promise.all([
    db.query(
      `SELECT r.path, r."order", a.id AS author_id, a.name AS author_name, a.slug AS author_slug, t.id AS tag_id, t.name AS tag_name, t.slug AS tag_slug
       FROM articles_rels r LEFT JOIN authors a ON a.id = r.authors_id LEFT JOIN tags t ON t.id = r.tags_id
       WHERE r.parent_id = $1 ORDER BY r.path, r."order"`,
      [article.id],
    ),
    db.query('SELECT id, name, slug FROM sections WHERE id = $1', [article.section_id]),
    db.query('SELECT id, alt, caption, credit, url, filename, mime_type, width, height FROM media WHERE id = $1', [article.hero_image_id]),
  ])
  return {
    ...article,
    body: json(article.body),
    section: sections[0] ?? null,
    hero: { image: media[0] ?? null, caption: article.hero_caption, credit: article.hero_credit },
    authors: rels.filter((r: Row) => r.path === 'authors').map((r: Row) => ({ id: r.author_id, name: r.author_name, slug: r.author_slug })),
    tags: rels.filter((r: Row) => r.path === 'tags').map((r: Row) => ({ id: r.tag_id, name: r.tag_name, slug: r.tag_slug })),
  }
}

async function rawSection(db: SqlRunner, sectionId: string) {
  return db.query(
    `SELECT id, title, slug, dek, hero_image_id, first_published_at, comment_count FROM articles
     WHERE section_id = $1 AND _status = 'published' ORDER BY first_published_at DESC LIMIT 20`,
    [sectionId],
  )
}

/** One page of 20 top-level approved comments, newest first, with their approved replies. */
async function rawThread(db: SqlRunner, articleId: string) {
  const columns = 'id, parent_id, root_id, depth, body, guest_name, reply_to_name, votes_up, votes_down, score, reply_count, created_at'
  const [roots, [article]] = await Promise.all([
    db.query(
      `SELECT ${columns} FROM comments WHERE article_id = $1 AND status = 'approved' AND depth = 0 ORDER BY created_at DESC LIMIT 20`,
      [articleId],
    ),
    db.query('SELECT comment_count FROM articles WHERE id = $1', [articleId]),
  ])
  const ids = roots.map((r) => r.id)
  const replies = ids.length
    ? await db.query(
        `SELECT ${columns} FROM comments WHERE root_id IN (${ids.map((_, i) => `$${i + 1}`).join(', ')}) AND status = 'approved' ORDER BY created_at`,
        ids,
      )
    : []
  return { totalComments: article?.comment_count, comments: roots, replies }
}

const local = { overrideAccess: false, depth: 1 } as const
const reads = {
  l0: sql && {
    article: (q: URLSearchParams) => rawArticle(sql, q.get('slug') ?? ''),
    section: (q: URLSearchParams) => rawSection(sql, q.get('id') ?? ''),
    thread: (q: URLSearchParams) => rawThread(sql, q.get('article') ?? ''),
  },
  l2: {
    article: async (q: URLSearchParams) =>
      (await payload.find({ collection: 'articles', where: { slug: { equals: q.get('slug') } }, limit: 1, ...local })).docs[0] ?? null,
    section: (q: URLSearchParams) =>
      payload.find({ collection: 'articles', where: { section: { equals: q.get('id') } }, sort: '-firstPublishedAt', limit: 20, ...local }),
    thread: async (q: URLSearchParams) => {
      const approved: Where = { article: { equals: q.get('article') }, status: { equals: 'approved' } }
      const roots = await payload.find({
        collection: 'comments',
        where: { ...approved, depth: { equals: 0 } },
        sort: '-createdAt',
        limit: 20,
        ...local,
        depth: 0,
      })
      const replies = await payload.find({
        collection: 'comments',
        where: { ...approved, root: { in: roots.docs.map((doc) => doc.id) } },
        sort: 'createdAt',
        pagination: false,
        ...local,
        depth: 0,
      })
      return { comments: roots.docs, replies: replies.docs }
    },
  },
}

const cached = new Map<string, { body: Buffer; type: string; encoding: string }>()

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://floor')
  const [, layer, name] = url.pathname.split('/')
  if (layer === 'l1') {
    if (req.method === 'PUT') {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => {
        const encoding = String(req.headers['x-content-encoding'] ?? 'identity')
        cached.set(name, { body: Buffer.concat(chunks), type: req.headers['content-type'] ?? 'application/octet-stream', encoding })
        res.writeHead(204).end()
      })
      return
    }
    const hit = cached.get(name)
    if (!hit) return void res.writeHead(404).end()
    const headers = { 'content-type': hit.type, 'content-length': hit.body.length }
    return void res.writeHead(200, hit.encoding === 'identity' ? headers : { ...headers, 'content-encoding': hit.encoding }).end(hit.body)
  }
  const read = (layer === 'l0' ? reads.l0 : layer === 'l2' ? reads.l2 : null)?.[name as 'article']
  if (!read) return void res.writeHead(404).end()
  read(url.searchParams).then(
    (value) => {
      const body = JSON.stringify(value)
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body)
    },
    (error: Error) => res.writeHead(500, { 'content-type': 'text/plain' }).end(error.message),
  )
})
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('FLOOR READY'))
process.on('SIGTERM', () => server.close(() => void payload.destroy().then(() => process.exit(0))))
