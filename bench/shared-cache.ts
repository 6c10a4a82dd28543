/**
 * The first reads after a restart, with and without the shared store of rendered responses, side by
 * side in one run: for each store, a server reads every article page once, stops, starts again on the
 * same database, and then serves 1,000 article page reads (4 at a time, cycling through the
 * stories). Counts what a restart costs readers: renders, time to ready, each story's first read, and
 * the reads' speed. The reads come from a client on the same two cores, which bounds req/s.
 * One production server on the SQLite demo; Redis rows when one answers at REDIS_URL (default
 * 127.0.0.1:6379).
 *   npm run bench:shared-cache
 * Needs a production build. Writes bench/results/shared-cache.md.
 */
import fs from 'node:fs'

import { preparedEnvironment, startServer, type ServerEnvironment } from '../tests/http/helpers/server'
import { machineLine } from './lib/side-by-side'
import { LOCAL_REDIS_URL, redisAnswers } from '../scripts/lib/redis-probe'

const READS = 1000
const redisUrl = LOCAL_REDIS_URL
const redisAnswering = await redisAnswers()

type Row = {
  store: string
  readyMs: number
  seconds: number
  rps: number
  p50: number
  p95: number
  /** The median of each story's first read after the restart: a render, or a read of the shared store. */
  firstP50: number
  renders: number
  sharedHits: number
}
type Health = { pageCache: { renders: number; sharedHits: number } }

const health = async (base: string) => (await (await fetch(`${base}/healthz`)).json()) as Health

async function firstReadsAfterRestart(environment: ServerEnvironment, store: string, env: Record<string, string>): Promise<Row> {
  let server = await startServer(environment, { JOBS_WORKER: 'false', ...env })
  const slugs = (
    (await (await fetch(`${server.url}/api/articles?limit=100&depth=0&select[slug]=true`)).json()) as { docs: { slug: string }[] }
  ).docs.map((doc) => doc.slug)
  for (const slug of slugs) await (await fetch(`${server.url}/articles/${slug}`)).arrayBuffer()
  await server.stop()
  const startedAt = performance.now()
  server = await startServer(environment, { JOBS_WORKER: 'false', ...env })
  const readyMs = performance.now() - startedAt
  try {
    const before = await health(server.url)
    const latencies: number[] = []
    const firsts: number[] = []
    let next = 0
    const began = performance.now()
    const reader = async () => {
      for (let read = next++; read < READS; read = next++) {
        const sent = performance.now()
        const response = await fetch(`${server.url}/articles/${slugs[read % slugs.length]}`)
        await response.arrayBuffer()
        if (response.status !== 200) throw new Error(`${store}: read ${read} answered ${response.status}`)
        latencies.push(performance.now() - sent)
        if (read < slugs.length) firsts.push(performance.now() - sent)
      }
    }
    await Promise.all([reader(), reader(), reader(), reader()])
    const seconds = (performance.now() - began) / 1000
    const after = await health(server.url)
    const at = (values: number[], share: number) => {
      const sorted = [...values].sort((a, b) => a - b)
      return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] * 10) / 10
    }
    return {
      store,
      readyMs,
      seconds,
      rps: READS / seconds,
      p50: at(latencies, 0.5),
      p95: at(latencies, 0.95),
      firstP50: at(firsts, 0.5),
      renders: after.pageCache.renders - before.pageCache.renders,
      sharedHits: after.pageCache.sharedHits - before.pageCache.sharedHits,
    }
  } finally {
    await server.stop()
  }
}

const legs: [string, Record<string, string>][] = [
  ['none (`SHARED_CACHE=off`): memory only, as before', { SHARED_CACHE: 'off' }],
  ['SQLite file beside the database (the default)', {}],
  ...(redisAnswering ? ([['Redis (`REDIS_URL`)', { REDIS_URL: redisUrl }]] as [string, Record<string, string>][]) : []),
]
const environment = await preparedEnvironment('bench-shared-cache')
const rows: Row[] = []
try {
  for (const [store, env] of legs) {
    const row = await firstReadsAfterRestart(environment, store, env)
    rows.push(row)
    console.log(
      `${store}: ready ${row.readyMs.toFixed(0)} ms, ${READS} reads in ${row.seconds.toFixed(1)} s (${row.rps.toFixed(0)} req/s, ` +
        `p50 ${row.p50} ms, p95 ${row.p95} ms; each story's first read p50 ${row.firstP50} ms), ${row.renders} renders, ${row.sharedHits} from the shared store`,
    )
  }
} finally {
  fs.rmSync(environment.dir, { recursive: true, force: true })
}

const report = `# The first 1,000 article reads after a restart

${machineLine()}
Reproduce: \`npm run bench:shared-cache\`. One production server on the SQLite demo (its stories read once
before the restart); after it, ${READS} article page reads, 4 at a time, cycling through every story; all rows in one run.
"Ready" is from the process's start to \`/readyz\` answering 200.

| shared store | ready ms | ${READS} reads, s | req/s | p50 ms | p95 ms | each story's first read, p50 ms | renders | from the shared store |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.map((r) => `| ${r.store} | ${r.readyMs.toFixed(0)} | ${r.seconds.toFixed(1)} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p95} | ${r.firstP50} | ${r.renders} | ${r.sharedHits} |`).join('\n')}

Without a shared store, a restart empties the cache and each story's first reader waits for a render
(the "first read" column; several times that at archive scale). With one, the restarted
process reads each page from the store once, keeps it in memory, and renders nothing until a change.
`
fs.writeFileSync('bench/results/shared-cache.md', report)
console.log('wrote bench/results/shared-cache.md')
