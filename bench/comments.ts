/**
 * Comment API latency over real HTTP against the production server, SQLite and PostgreSQL side by
 * side in one run (figures on these 2-core machines are noisy: compare within a run).
 *   npm run bench:comments [-- --posts=200 --engines=sqlite,postgres]
 * Needs a production build (`npm run build`). Writes bench/results/comments.md.
 */
import fs from 'node:fs'
import os from 'node:os'

import { withScratchPostgres } from '../scripts/lib/scratch-postgres'
import { DEMO_PASSWORD } from '../src/seed/demo-logins'
import { preparedEnvironment, startServer } from '../tests/http/helpers/server'
import { arg } from '../scripts/lib/args'
import { apiCall } from './lib/api'
import { WRITE_PATH_SETTINGS } from './lib/workloads'

const posts = Number(arg('posts', '200'))
const engines = arg('engines', 'sqlite,postgres').split(',')

type Row = { engine: string; what: string; p50: number; p95: number; p99: number; n: number; perSecond?: number }
const rows: Row[] = []
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

async function measure(engine: string, what: string, runs: number, work: (i: number) => Promise<unknown>, concurrency = 1) {
  const times: number[] = []
  const started = performance.now()
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < runs) {
        const i = next++
        const t = performance.now()
        await work(i)
        times.push(performance.now() - t)
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  times.sort((a, b) => a - b)
  const row = {
    engine,
    what,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    n: runs,
    perSecond: runs / seconds,
  }
  rows.push(row)
  console.log(`  ${what.padEnd(52)} p50 ${row.p50.toFixed(1)} ms  p95 ${row.p95.toFixed(1)} ms  ${row.perSecond.toFixed(0)}/s`)
}

async function benchEngine(engine: string, databaseUrl?: string): Promise<void> {
  console.log(`\n${engine}: migrating, loading the demo content, starting the server`)
  const environment = await preparedEnvironment(`bench-comments-${engine}`, databaseUrl ? { DATABASE_URL: databaseUrl } : {})
  const server = await startServer(environment, { JOBS_WORKER: 'false' })
  try {
    const api = (path: string) => `${server.url}${path}`
    const admin = (
      await apiCall(api('/api/users/login'), { method: 'POST', json: { email: 'admin@newsroom.test', password: DEMO_PASSWORD } })
    ).token as string
    // Publish at once and no rate limits: what is measured is the write path, not the refusal.
    await apiCall(api('/api/globals/comment-settings'), {
      method: 'POST',
      token: admin,
      json: {
        ...WRITE_PATH_SETTINGS,
        suspectWords: 'idiot\nmoron',
        bannedWords: 'scoundrel',
      },
    })
    const reader = (
      await apiCall(api('/api/readers/login'), { method: 'POST', json: { email: 'reader@newsroom.test', password: DEMO_PASSWORD } })
    ).token as string
    const docs = (await apiCall(api('/api/articles?limit=2&depth=0&sort=-firstPublishedAt'))).docs as { id: string }[]
    const [article, quiet] = docs
    const shown = new Date(Date.now() - 60_000).toISOString()
    const body = (i: number) =>
      `Benchmark comment ${i}: the ferry timetable at https://example.org/ferries is better than the bridge ever was.`

    for (let i = 0; i < 10; i += 1)
      await apiCall(api('/api/comments'), {
        method: 'POST',
        token: reader,
        json: { article: article.id, body: body(i), formShownAt: shown },
      }) // warm-up
    await measure(engine, 'POST /api/comments (top-level, one at a time)', posts, (i) =>
      apiCall(api('/api/comments'), {
        method: 'POST',
        token: reader,
        headers: { 'Idempotency-Key': `bench-${engine}-${i}` },
        json: { article: article.id, body: body(i), formShownAt: shown },
      }),
    )
    const parents = (await apiCall(api(`/api/articles/${article.id}/comments?limit=20`))).comments as { id: string }[]
    await measure(engine, 'POST /api/comments (reply)', Math.min(posts, 100), (i) =>
      apiCall(api('/api/comments'), {
        method: 'POST',
        token: reader,
        json: { article: article.id, parent: parents[i % parents.length].id, body: body(i), formShownAt: shown },
      }),
    )
    await measure(
      engine,
      'POST /api/comments, 10 at once (another article)',
      posts,
      (i) =>
        apiCall(api('/api/comments'), { method: 'POST', token: reader, json: { article: quiet.id, body: body(i), formShownAt: shown } }),
      10,
    )
    await measure(engine, `GET /api/articles/:id/comments (page of 20, ${posts + 100}+ comments)`, 100, () =>
      apiCall(api(`/api/articles/${article.id}/comments?sort=top`)),
    )
    const count = (await apiCall(api(`/api/articles/${quiet.id}?depth=0`))).commentCount
    console.log(`  approved count after ${posts} concurrent posts: ${count}`)
    if (count !== posts) throw new Error(`commentCount ${count}, expected ${posts}`)
  } finally {
    await server.stop()
    fs.rmSync(environment.dir, { recursive: true, force: true })
  }
}

const startedAt = new Date()
for (const engine of engines) {
  if (engine === 'postgres') await withScratchPostgres('newsroom_bench', (url) => benchEngine(engine, url))
  else await benchEngine(engine)
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
const lines = [
  '# Comment API latency',
  '',
  `Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}. Date: ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
  '',
  'Real HTTP against the production server (Express edge, Next, Payload) on the same 2 cores as the',
  'client, demo content, a logged-in reader. Every post runs the whole moderation pipeline (settings,',
  'article and commenter look-ups, word filters) and the counters. Run: `npm run bench:comments`.',
  '',
  '| engine | request | p50 ms | p95 ms | p99 ms | n | req/s |',
  '|---|---|---:|---:|---:|---:|---:|',
  ...rows.map(
    (row) =>
      `| ${row.engine} | ${row.what} | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} | ${row.p99.toFixed(1)} | ${row.n} | ${row.perSecond?.toFixed(0) ?? ''} |`,
  ),
  '',
]
fs.mkdirSync('bench/results', { recursive: true })
fs.writeFileSync('bench/results/comments.md', lines.join('\n'))
console.log('\nwrote bench/results/comments.md')
