/**
 * A cached article page at full scale (issue 20, target 7, its first half): the busiest story's
 * page, answered from the edge cache, at 4 and 16 connections, two rounds each, gzip as browsers
 * ask. The load generator shares the server's 2 cores.
 *   npm run bench:cached-page [-- --database-url=postgres://…/newsroom_full]
 * Without --database-url, the SQLite demo. Needs a production build. Writes
 * bench/results/cached-page.md.
 */
import fs from 'node:fs'

import { arg } from '../scripts/lib/args'
import { preparedEnvironment, startServer } from '../tests/http/helpers/server'
import { load } from './lib/load'
import { machineLine } from './lib/side-by-side'

const databaseUrl = arg('database-url', '')
const seconds = Number(arg('seconds', '8'))
const GZIP = { 'accept-encoding': 'gzip' }

const environment = await preparedEnvironment('bench-cached-page', databaseUrl ? { DATABASE_URL: databaseUrl } : {})
const server = await startServer(environment, { LOG_LEVEL: 'warn', PAGE_CACHE_MB: '256' })
const rows: string[] = []
let summary: string
try {
  const busiest = (await (await fetch(`${server.url}/api/articles?sort=-commentCount&limit=1&depth=0&select[slug]=true`)).json()) as {
    docs: { slug: string }[]
    totalDocs: number
  }
  const url = `${server.url}/articles/${busiest.docs[0].slug}`
  const first = await fetch(url, { headers: GZIP })
  const bytes = (await first.arrayBuffer()).byteLength
  const cached = await fetch(url, { headers: GZIP })
  await cached.arrayBuffer()
  if (cached.headers.get('x-cache') !== 'HIT') throw new Error(`the page is not cached: X-Cache ${cached.headers.get('x-cache')}`)
  summary = `${busiest.totalDocs.toLocaleString('en')} articles; the busiest story's page, ${bytes.toLocaleString('en')} bytes of HTML`
  for (const connections of [4, 16]) {
    await load({ url, seconds: 2, connections, headers: GZIP }) // warm-up
    for (let round = 1; round <= 2; round++) {
      const r = await load({ url, seconds, connections, headers: GZIP })
      rows.push(`| ${connections} | ${round} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors5xx} |`)
      console.log(`${connections} connections, round ${round}: ${r.rps.toFixed(0)} req/s  p50 ${r.p50}  p95 ${r.p95}  p99 ${r.p99} ms`)
    }
  }
} finally {
  await server.stop()
  fs.rmSync(environment.dir, { recursive: true, force: true })
}
const report = [
  '# A cached article page',
  '',
  `${machineLine()} Database: ${databaseUrl ? 'PostgreSQL' : 'SQLite, the demo'}; ${summary}, sent gzipped.`,
  '',
  `Answered from the edge cache (X-Cache: HIT), ${seconds} s a row after a 2 s warm-up, the load generator on`,
  'the same 2 cores as the server. Run: `npm run bench:cached-page`.',
  '',
  '| connections | round | req/s | p50 ms | p95 ms | p99 ms | 5xx |',
  '|---:|---:|---:|---:|---:|---:|---:|',
  ...rows,
  '',
].join('\n')
fs.writeFileSync('bench/results/cached-page.md', report)
console.log('wrote bench/results/cached-page.md')
process.exit(0)
