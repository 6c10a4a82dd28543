/**
 * What an article view's `GET /api/readers/me` costs when nobody is signed in: answered at the edge
 * (no login cookie or header: src/server/anonymous-me.ts) against the same request carrying an
 * expired login cookie, which goes through Next and Payload as every such request did before.
 * One server (SQLite demo), both measured side by side in one run, 4 connections each.
 *   npm run bench:anonymous-me [-- --seconds=8]
 * Needs a production build. Writes bench/results/anonymous-me.md.
 */
import fs from 'node:fs'
import os from 'node:os'

import { arg } from '../scripts/lib/args'
import { preparedEnvironment, startServer } from '../tests/http/helpers/server'
import { load, type LoadResult } from './lib/load'

const seconds = Number(arg('seconds', '8'))
const environment = await preparedEnvironment('bench-me')
const server = await startServer(environment, { JOBS_WORKER: 'false' })
const rows: [string, LoadResult][] = []
try {
  const url = `${server.url}/api/readers/me`
  for (const [what, headers] of [
    ['anonymous, answered at the edge', {}],
    ['expired login cookie, through Next + Payload', { cookie: 'payload-token=expired.jwt.value' }],
  ] as const) {
    await load({ url, seconds: 1, connections: 4, headers }) // warm-up
    const result = await load({ url, seconds, connections: 4, headers })
    rows.push([what, result])
    console.log(`${what.padEnd(48)} ${result.rps.toFixed(0)} req/s  p50 ${result.p50} ms  p95 ${result.p95} ms  5xx ${result.errors5xx}`)
  }
} finally {
  await server.stop()
  fs.rmSync(environment.dir, { recursive: true, force: true })
}

const cpu = os.cpus()
const report = `# GET /api/readers/me without a login

Machine: ${cpu.length} × ${cpu[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}. Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.
Reproduce: \`npm run bench:anonymous-me -- --seconds=${seconds}\`. One production server on the SQLite demo; autocannon on the
same cores, 4 connections, ${seconds} s each after a 1 s warm-up, both rows in one run.

| request | req/s | p50 ms | p95 ms | p99 ms | 5xx |
|---|---:|---:|---:|---:|---:|
${rows.map(([what, r]) => `| ${what} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors5xx} |`).join('\n')}

Both answer \`{"user":null}\`. The comments block asks this on every article view, and the login
cookie is HttpOnly, so the page cannot skip the question: docs/deploy.md counts it in the capacity model.
`
fs.writeFileSync('bench/results/anonymous-me.md', report)
console.log('wrote bench/results/anonymous-me.md')
