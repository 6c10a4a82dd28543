/**
 * Related-story and search latency at the demo size and at a larger archive, on SQLite and
 * PostgreSQL side by side in one run (figures on these 2-core machines are noisy: compare within a run).
 *   npm run bench:search-related [-- --articles=5000 --engines=sqlite,postgres]
 * Writes bench/results/search-related.md. Uses a fresh temporary database per engine.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { withScratchPostgres } from '../scripts/lib/scratch-postgres'
import { arg } from '../scripts/lib/args'
import { rowsFromEngineChildren } from './lib/engine-children'
import { machineLine } from './lib/side-by-side'

const target = Number(arg('articles', '5000'))
const engines = arg('engines', 'sqlite,postgres').split(',')
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-'))

type Row = { engine: string; size: number; what: string; p50: number; p95: number; p99: number; n: number }
const rows: Row[] = []

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

async function measure(engine: string, size: number, what: string, runs: number, work: (i: number) => Promise<unknown>) {
  for (let i = 0; i < Math.min(10, runs); i += 1) await work(i) // warm-up
  const times: number[] = []
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now()
    await work(i)
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  const row = { engine, size, what, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), n: runs }
  rows.push(row)
  console.log(`  ${what.padEnd(44)} p50 ${row.p50.toFixed(2)} ms  p95 ${row.p95.toFixed(2)} ms  (n=${runs})`)
}

async function benchEngine(engine: string): Promise<void> {
  if (engine === 'postgres') return withScratchPostgres('newsroom_bench', (url) => benchDatabase(engine, url))
  return benchDatabase(engine, `file:${path.join(workDir, 'bench.db')}`)
}

async function benchDatabase(engine: string, databaseUrl: string): Promise<void> {
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    MEDIA_DIR: path.join(workDir, `media-${engine}`),
    NEWSROOM_DEMO: 'true',
    PAYLOAD_SECRET: 'bench',
    LOG_LEVEL: 'warn',
  }
  console.log(`\n${engine}: migrating and loading the demo content`)
  execFileSync(process.execPath, ['scripts/run.mjs', 'scripts/prepare.ts'], { env, stdio: 'ignore' })
  Object.assign(process.env, env)

  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config, cron: false, key: `bench-${engine}` })
  const { relatedStories, computeRelated } = await import('../src/related/services/related')
  const { searchArticles } = await import('../src/search/services/search')
  const { createLocalReq } = await import('payload')
  const { lexicalFromBlocks } = await import('../src/lib/lexical/from-blocks')
  const { articles: demo } = await import('../src/seed/content/demo-content')
  const req = await createLocalReq({}, payload)
  const queries = ['harbour bridge', 'heatwave water restrictions', 'council budget', 'ferry', 'rovers cup final', 'sea wall residents']

  const publishedIds = async () =>
    (
      await payload.find({
        collection: 'articles',
        where: { _status: { equals: 'published' } },
        limit: 0,
        pagination: false,
        depth: 0,
        select: {},
        overrideAccess: true,
      })
    ).docs.map((doc) => doc.id)

  async function round(size: number) {
    const ids = await publishedIds()
    // Reads go to articles whose suggestions the job has computed, as every published one's are in service.
    const computed = (
      await payload.find({
        collection: 'related-suggestions',
        limit: 300,
        pagination: false,
        depth: 0,
        select: { article: true },
        overrideAccess: true,
      })
    ).docs.map((doc) => (typeof doc.article === 'object' ? doc.article.id : doc.article))
    console.log(` ${ids.length} published articles, ${computed.length} with related suggestions read`)
    await measure(engine, ids.length, 'related read (GET …/related, lookup)', 200, (i) =>
      relatedStories(payload, computed[i % computed.length], 4),
    )
    await measure(engine, ids.length, 'search (6 queries, page 1)', 120, (i) => searchArticles(req, { q: queries[i % queries.length] }))
    await measure(engine, ids.length, 'search with a section filter', 60, (i) =>
      searchArticles(req, { q: queries[i % queries.length], section: 'politics' }),
    )
    await measure(engine, ids.length, 'related precompute (one article, job work)', Math.min(40, ids.length), (i) =>
      computeRelated(payload, ids[i % ids.length]),
    )
    void size
  }

  await round(demo.length)

  if (target > demo.length) {
    const [sections, tags, authors, media] = await Promise.all(
      (['sections', 'tags', 'authors', 'media'] as const).map(async (collection) =>
        (await payload.find({ collection, limit: 100, depth: 0, select: {}, overrideAccess: true })).docs.map((doc) => doc.id),
      ),
    )
    const paragraphs = demo.flatMap((article) =>
      article.body.filter((block) => block.type === 'p').map((block) => (block as { text: string }).text),
    )
    const started = performance.now()
    const have = (await publishedIds()).length
    for (let n = have; n < target; n += 1) {
      const pick = <T>(list: T[], salt: number) => list[(n * 7919 + salt * 104729) % list.length]
      const body = Array.from({ length: 6 }, (_, k) => ({ type: 'p' as const, text: pick(paragraphs, k) }))
      await payload.create({
        collection: 'articles',
        data: {
          title: `${pick(demo, 1).title.split(' ').slice(0, 6).join(' ')} — archive ${n}`,
          slug: `archive-${n}`,
          dek: pick(demo, 2).dek,
          _status: 'published',
          section: pick(sections, 3),
          tags: [pick(tags, 4), pick(tags, 5)],
          authors: [pick(authors, 6)],
          hero: { image: pick(media, 7) },
          body: lexicalFromBlocks(body) as never,
          firstPublishedAt: new Date(Date.now() - (n % 720) * 3_600_000 * 12).toISOString(),
        },
        overrideAccess: true,
        context: { seeding: true },
        depth: 0,
      })
      if ((n + 1) % 500 === 0)
        console.log(`  generated ${n + 1}/${target} articles (${((performance.now() - started) / 1000).toFixed(0)} s)`)
    }
    const ids = await publishedIds()
    console.log(`  precomputing related for a sample (the job does all of them in production)`)
    for (const id of ids.slice(0, 300)) await computeRelated(payload, id)
    await round(target)
  }
  await payload.destroy()
}

// Each engine runs in a child process of its own: the Payload config binds its database adapter
// when it loads, once per process.
const child = arg('child-engine', '')
if (child) {
  await benchEngine(child)
  fs.rmSync(workDir, { recursive: true, force: true })
  console.log(`ROWS:${JSON.stringify(rows)}`)
  process.exit(0)
}

const startedAt = new Date()
rows.push(...rowsFromEngineChildren<Row>('bench/search-related.ts', engines, [`--articles=${target}`]))
fs.rmSync(workDir, { recursive: true, force: true })

const lines = [
  '# Related stories and search: latency',
  '',
  machineLine(startedAt),
  `Command: \`npm run bench:search-related -- --articles=${target} --engines=${engines.join(',')}\` (one run, engines side by side).`,
  'Timed in-process through the same service functions the REST endpoints and GraphQL call (no HTTP):',
  "related read = curated + stored suggestions + display fields (a lookup); precompute = the job's",
  'scoring of one article against its pool and the write of its suggestions.',
  '',
  '| engine | published articles | operation | p50 ms | p95 ms | p99 ms | n |',
  '|---|---:|---|---:|---:|---:|---:|',
  ...rows.map((r) => `| ${r.engine} | ${r.size} | ${r.what} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.n} |`),
  '',
]
fs.mkdirSync('bench/results', { recursive: true })
fs.writeFileSync('bench/results/search-related.md', lines.join('\n'))
console.log('\nwrote bench/results/search-related.md')
process.exit(0)
