/**
 * Search at archive scale: the search engines themselves (the SQL each runs, no HTTP, no Payload),
 * on SQLite and PostgreSQL side by side in one run, at `--articles` and again at `--archive`.
 *   npm run bench:search-scale [-- --articles=50000 --archive=500000 --engines=sqlite,postgres --runs=20 --postgres-url=…]
 * Writes bench/results/search-scale.md. Each engine gets a fresh database with the migrations run.
 *
 * The documents are made of the demo's paragraphs, six to a story, so every word of the demo is
 * common: the worst case for ranking. The first `--articles` are indexed one by one through the
 * engine (as the article hooks do); the archive is then grown by copying them, ten times back in
 * time, in SQL (indexing half a million stories one by one would take an hour here).
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { arg } from '../scripts/lib/args'
import { rowsFromEngineChildren } from './lib/engine-children'
import { machineLine } from './lib/side-by-side'
import { withScratchPostgres } from '../scripts/lib/scratch-postgres'
import type { SearchDocument, SearchEngine, SearchQuery } from '../src/search/domain/types'

const base = Number(arg('articles', '50000'))
const archive = Number(arg('archive', '500000'))
const engines = arg('engines', 'sqlite,postgres').split(',')
const runs = Number(arg('runs', '20'))
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-search-'))
/** The newest story is today; the archive reaches back 20 years at `archive` stories. */
const SPACING_MS = Math.floor((20 * 365 * 86_400_000) / Math.max(archive, base))

type Row = { engine: string; size: number; what: string; p50: number; p95: number; max: number; n: number; total: string }
const rows: Row[] = []

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

async function documents(): Promise<{ make: (n: number) => SearchDocument; words: { common: string[]; middling: string[] } }> {
  const { articles: demo } = await import('../src/seed/content/demo-content')
  const paragraphs = demo.flatMap((article) =>
    article.body.filter((block) => block.type === 'p').map((block) => (block as { text: string }).text),
  )
  const pick = <T>(list: T[], n: number, salt: number) => list[(n * 7919 + salt * 104729) % list.length]
  const sections = Array.from({ length: 8 }, (_, i) => `section-${i}`)
  const tags = Array.from({ length: 40 }, (_, i) => `tag-${i}`)
  const authors = Array.from({ length: 12 }, (_, i) => `author-${i}`)
  const now = Date.now()
  const make = (n: number): SearchDocument => {
    const story = pick(demo, n, 1)
    const tagIds = [pick(tags, n, 4), pick(tags, n, 5)]
    const authorIds = [pick(authors, n, 6)]
    return {
      id: `a${n}`,
      slug: `archive-${n}`,
      title: `${story.title.split(' ').slice(0, 6).join(' ')} — archive ${n}`,
      dek: pick(demo, n, 2).dek ?? '',
      body: Array.from({ length: 6 }, (_, k) => pick(paragraphs, n, k)).join('\n\n'),
      authors: authorIds.join(', '),
      tags: tagIds.join(', '),
      sectionIds: [pick(sections, n, 3)],
      tagIds,
      authorIds,
      publishedAt: new Date(now - n * SPACING_MS).toISOString(),
    }
  }
  // Words by the share of paragraphs that hold them: the most common, and some in 2–6% of them.
  const share = new Map<string, number>()
  for (const paragraph of paragraphs)
    for (const word of new Set(paragraph.toLowerCase().match(/[a-z]{4,}/g) ?? [])) share.set(word, (share.get(word) ?? 0) + 1)
  const stop = new Set([
    'that',
    'with',
    'from',
    'this',
    'have',
    'were',
    'their',
    'they',
    'been',
    'will',
    'what',
    'which',
    'when',
    'there',
    'would',
    'about',
    'into',
    'more',
    'than',
    'them',
    'some',
    'other',
  ])
  const ranked = [...share.entries()].filter(([word]) => !stop.has(word)).sort((a, b) => b[1] - a[1])
  const middling = ranked.filter(([, count]) => count / paragraphs.length > 0.02 && count / paragraphs.length < 0.06)
  return { make, words: { common: ranked.slice(0, 4).map(([word]) => word), middling: middling.slice(0, 4).map(([word]) => word) } }
}

/** `engine()` is a new engine each time: its count of stories (kept a minute) must not outlive a growth. */
type Opened = {
  engine: () => SearchEngine
  grow: (times: number) => Promise<void>
  count: () => Promise<number>
  close: () => Promise<void>
}

async function openSqlite(url: string): Promise<Opened> {
  const { createClient } = await import('@libsql/client')
  const { sqliteSearchEngine } = await import('../src/search/engines/sqlite')
  const client = createClient({ url })
  await client.execute('PRAGMA journal_mode = WAL')
  const engine = () =>
    sqliteSearchEngine({
      query: async (sql, args) => (await client.execute({ sql, args: args as never })).rows as Record<string, unknown>[],
      batch: async (statements) => void (await client.batch(statements as never, 'write')),
    })
  return {
    engine,
    grow: async (times) => {
      for (let k = 1; k <= times; k += 1) {
        // Same text, `k` archive-spans further back: new order keys from the shifted time.
        const shift = k * base * SPACING_MS
        await client.batch(
          [
            {
              sql: `INSERT INTO search_meta (rowid, article_id, slug, section_ids, tag_ids, author_ids, published_at)
                    SELECT rowid - ? * 1024, article_id || '-' || ?, slug || '-' || ?, section_ids, tag_ids, author_ids,
                      strftime('%Y-%m-%dT%H:%M:%fZ', (julianday(published_at) - ? / 86400000.0))
                    FROM search_meta WHERE article_id NOT LIKE '%-%'`,
              args: [shift, k, k, shift],
            },
            {
              sql: `INSERT INTO search_fts (rowid, title, dek, body, authors, tags)
                    SELECT rowid - ? * 1024, title, dek, body, authors, tags FROM search_fts WHERE rowid IN (SELECT rowid FROM search_meta WHERE article_id NOT LIKE '%-%')`,
              args: [shift],
            },
          ],
          'write',
        )
        console.log(`  grown ×${k + 1}`)
      }
      await client.execute('ANALYZE')
    },
    count: async () => Number((await client.execute('SELECT count(*) AS n FROM search_meta')).rows[0].n),
    close: async () => client.close(),
  }
}

async function openPostgres(url: string): Promise<Opened> {
  const { default: pg } = await import('pg')
  const { postgresSearchEngine } = await import('../src/search/engines/postgres')
  const pool = new pg.Pool({ connectionString: url, max: 4 })
  pool.on('error', () => undefined) // the scratch database is dropped under idle connections at the end
  const engine = () => postgresSearchEngine({ query: async (sql, args) => (await pool.query(sql, args)).rows })
  return {
    engine,
    grow: async (times) => {
      for (let k = 1; k <= times; k += 1) {
        await pool.query(
          `INSERT INTO search_documents (article_id, slug, title, dek, body, authors, tags, section_ids, tag_ids, author_ids, published_at, document)
           SELECT article_id || '-' || $1, slug || '-' || $1, title, dek, body, authors, tags, section_ids, tag_ids, author_ids,
             published_at - make_interval(secs => $2 / 1000.0), document
           FROM search_documents WHERE article_id NOT LIKE '%-%'`,
          [k, k * base * SPACING_MS],
        )
        console.log(`  grown ×${k + 1}`)
      }
      await pool.query('VACUUM ANALYZE search_documents')
    },
    count: async () => Number((await pool.query('SELECT count(*) AS n FROM search_documents')).rows[0].n),
    close: async () => pool.end(),
  }
}

async function benchEngine(name: string, url: string): Promise<void> {
  const env = { ...process.env, DATABASE_URL: url, PAYLOAD_SECRET: 'bench', LOG_LEVEL: 'warn' }
  execFileSync(process.execPath, ['scripts/run.mjs', 'scripts/prepare.ts', '--migrate-only'], { env, stdio: 'ignore' })
  const opened = name === 'postgres' ? await openPostgres(url) : await openSqlite(url)
  const { make, words } = await documents()
  console.log(
    `${name}: indexing ${base} stories one by one (common words: ${words.common.join(', ')}; middling: ${words.middling.join(', ')})`,
  )
  const indexer = opened.engine()
  const started = performance.now()
  const inFlight = name === 'postgres' ? 4 : 1
  for (let n = 0; n < base; n += inFlight) {
    await Promise.all(Array.from({ length: Math.min(inFlight, base - n) }, (_, i) => indexer.upsert(make(n + i))))
    if ((n + inFlight) % 10_000 < inFlight) console.log(`  ${n + inFlight} (${((performance.now() - started) / 1000).toFixed(0)} s)`)
  }
  const indexSeconds = (performance.now() - started) / 1000
  await opened.grow(0) // statistics, as autovacuum or ANALYZE would have them
  rows.push({
    engine: name,
    size: base,
    what: `indexing, one story at a time (${inFlight} in flight)`,
    p50: (indexSeconds * 1000) / base,
    p95: NaN,
    max: NaN,
    n: base,
    total: '',
  })

  const queries = (): { what: string; query: SearchQuery }[] => {
    const q = (terms: string[], extra: Partial<SearchQuery> = {}): SearchQuery => ({
      terms,
      filters: {},
      sort: 'relevance',
      limit: 10,
      page: 1,
      ...extra,
    })
    return [
      ...words.common.map((word) => ({ what: 'most common words, best match', query: q([word]) })),
      ...words.common.map((word) => ({ what: 'most common words, newest', query: q([word], { sort: 'newest' }) })),
      { what: 'two common words, best match', query: q(words.common.slice(0, 2)) },
      ...words.middling.map((word) => ({ what: 'words in 2–6% of paragraphs', query: q([word]) })),
      { what: 'a rare word (one story)', query: q(['archive', String(Math.floor(base / 3))]) },
      { what: 'no match', query: q(['zyzzyva']) },
      { what: 'a rare word, one section', query: q(['archive', String(Math.floor(base / 3))], { filters: { section: 'section-3' } }) },
      { what: 'common word, page 5', query: q([words.common[1]], { page: 5 }) },
      { what: 'common word, page 200 (past the ranked pool)', query: q([words.common[1]], { page: 200 }) },
      { what: 'common word, one section', query: q([words.common[2]], { filters: { section: 'section-3' } }) },
      { what: 'common word, one tag', query: q([words.common[2]], { filters: { tag: 'tag-7' } }) },
      {
        what: 'middling word, one tag, last year',
        query: q([words.middling[0]], { filters: { tag: 'tag-7', from: new Date(Date.now() - 365 * 86_400_000) } }),
      },
    ]
  }

  async function round(size: number) {
    console.log(`${name} at ${size} stories`)
    const byWhat = new Map<string, { times: number[]; totals: Set<string> }>()
    const all: number[] = []
    const list = queries()
    const engine = opened.engine()
    for (const { query } of list) await engine.search(query) // warm-up: caches and pages in
    for (let i = 0; i < runs; i += 1)
      for (const { what, query } of list) {
        const started = performance.now()
        const page = await engine.search(query)
        const ms = performance.now() - started
        const entry = byWhat.get(what) ?? { times: [], totals: new Set<string>() }
        entry.times.push(ms)
        entry.totals.add(`${page.totalIsEstimate ? '≈' : ''}${page.total}`)
        byWhat.set(what, entry)
        all.push(ms)
      }
    const add = (what: string, times: number[], total: string) => {
      times.sort((a, b) => a - b)
      const row = {
        engine: name,
        size,
        what,
        p50: percentile(times, 50),
        p95: percentile(times, 95),
        max: times[times.length - 1],
        n: times.length,
        total,
      }
      rows.push(row)
      console.log(
        `  ${what.padEnd(48)} p50 ${row.p50.toFixed(1)} ms  p95 ${row.p95.toFixed(1)} ms  max ${row.max.toFixed(1)} ms  total ${total}`,
      )
    }
    for (const [what, { times, totals }] of byWhat) add(what, times, [...totals].slice(0, 4).join(' / '))
    add('**any query (all of the above)**', all, '')
  }

  await round(await opened.count())
  if (archive > base) {
    const grown = performance.now()
    await opened.grow(Math.ceil(archive / base) - 1)
    console.log(`  grown to ${await opened.count()} in ${((performance.now() - grown) / 1000).toFixed(0)} s`)
    await round(await opened.count())
  }
  await opened.close()
}

// Each engine in a child process of its own, one after the other.
const child = arg('child-engine', '')
if (child) {
  // --postgres-url=…: an existing (empty) database, kept afterwards for EXPLAIN; otherwise a scratch one.
  const kept = arg('postgres-url', '')
  if (child === 'postgres' && kept) await benchEngine(child, kept)
  else if (child === 'postgres') await withScratchPostgres('newsroom_search', (url) => benchEngine(child, url))
  else await benchEngine(child, `file:${path.join(workDir, 'search.db')}`)
  fs.rmSync(workDir, { recursive: true, force: true })
  console.log(`ROWS:${JSON.stringify(rows)}`)
  process.exit(0)
}

const startedAt = new Date()
rows.push(...rowsFromEngineChildren<Row>('bench/search-scale.ts', engines, process.argv.slice(2)))
fs.rmSync(workDir, { recursive: true, force: true })

const format = (value: number | null) => (value === null || Number.isNaN(value) ? '–' : value.toFixed(value < 10 ? 2 : 1))
const lines = [
  '# Search at archive scale',
  '',
  machineLine(startedAt),
  `Command: \`npm run bench:search-scale -- ${process.argv.slice(2).join(' ')}\` (one run, engines one after the other).`,
  'Timed in-process through each engine (`src/search/engines/`): the SQL a search runs, from the query to',
  'the ranked page of hits with snippets and the total; the REST endpoint adds one lookup of the ten',
  'articles by ID. Every query is run `runs` times; "≈" marks a total estimated past the bound.',
  'The indexing row is milliseconds per story.',
  '',
  '| engine | stories | query | p50 ms | p95 ms | max ms | n | total |',
  '|---|---:|---|---:|---:|---:|---:|---|',
  ...rows.map(
    (r) =>
      `| ${r.engine} | ${r.size.toLocaleString('en')} | ${r.what} | ${format(r.p50)} | ${format(r.p95)} | ${format(r.max)} | ${r.n} | ${r.total} |`,
  ),
  '',
]
fs.writeFileSync('bench/results/search-scale.md', lines.join('\n'))
console.log('\nwrote bench/results/search-scale.md')
