/**
 * A signed-in reader's article view against an anonymous one, side by side in one run: the page
 * (served from the edge cache to both: a login cookie does not make a page personal), the same page
 * rendered per view (what every signed-in view cost before), and the one personal request the
 * comments island makes with the login (the shown comments again: who is signed in, their own
 * pending comments and votes).
 * One production server on the SQLite demo, 4 connections each.
 *   npm run bench:signed-in [-- --seconds=8]
 * Needs a production build. Writes bench/results/signed-in.md.
 */
import fs from 'node:fs'
import os from 'node:os'

import { articles as demoArticles } from '@/seed/content/demo-content'
import { DEMO_PASSWORD } from '@/seed/demo-logins'
import { arg } from '../scripts/lib/args'
import { preparedEnvironment, startServer } from '../tests/http/helpers/server'
import { load, type LoadResult } from './lib/load'

const seconds = Number(arg('seconds', '8'))
const environment = await preparedEnvironment('bench-signed-in')
const server = await startServer(environment, { JOBS_WORKER: 'false' })
const rows: [string, LoadResult][] = []
try {
  const login = await fetch(`${server.url}/api/readers/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'reader@newsroom.test', password: DEMO_PASSWORD }),
  })
  const { token } = (await login.json()) as { token: string }
  // What a browser sends with a same-site request: Payload takes a login cookie only then (its CSRF rule).
  const signedIn = { cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' }
  const slug = demoArticles[0].slug
  const found = (await (await fetch(`${server.url}/api/articles?where[slug][equals]=${slug}&depth=0&limit=1`)).json()) as {
    docs: { id: string }[]
  }
  const id = found.docs[0].id
  const page = `${server.url}/articles/${slug}`
  const scenarios: [string, string, Record<string, string>][] = [
    ['article page, anonymous (edge cache)', page, {}],
    ['article page, signed-in reader (edge cache)', page, signedIn],
    ['article page, rendered per view (signed-in readers before)', page, { authorization: 'JWT bench-bypass' }],
    ['+ `GET /api/articles/:id/comments`, signed in', `${server.url}/api/articles/${id}/comments`, signedIn],
  ]
  for (const [what, url, headers] of scenarios) {
    const probe = await fetch(url, { headers })
    if (probe.status !== 200) throw new Error(`${what}: ${probe.status}`)
    await load({ url, seconds: 1, connections: 4, headers }) // warm-up
    const result = await load({ url, seconds, connections: 4, headers })
    rows.push([what, result])
    console.log(`${what.padEnd(60)} ${result.rps.toFixed(0)} req/s  p50 ${result.p50} ms  p95 ${result.p95} ms  5xx ${result.errors5xx}`)
  }
} finally {
  await server.stop()
  fs.rmSync(environment.dir, { recursive: true, force: true })
}

const cpu = os.cpus()
const [anonymous, signedInView] = rows
const share = (signedInView[1].rps / anonymous[1].rps) * 100
const report = `# A signed-in reader's article view

Machine: ${cpu.length} × ${cpu[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}. Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.
Reproduce: \`npm run bench:signed-in -- --seconds=${seconds}\`. One production server on the SQLite demo; autocannon on the
same cores, 4 connections, ${seconds} s each after a 1 s warm-up, all rows in one run.

| request | req/s | p50 ms | p95 ms | p99 ms | 5xx |
|---|---:|---:|---:|---:|---:|
${rows.map(([what, r]) => `| ${what} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors5xx} |`).join('\n')}

A signed-in reader's page view runs at ${share.toFixed(0)}% of the anonymous rate (target ≥ 90%): both are
the one shared copy (\`isPersonal\` in \`src/lib/cache/policy.ts\`). Before, a login cookie kept every
page out of the cache, so each signed-in view was the "rendered per view" row. What is the reader's
own comes by the request marked "+", which the comments island makes once per view with the login
(when the reader nears the comments).
`
fs.writeFileSync('bench/results/signed-in.md', report)
console.log('wrote bench/results/signed-in.md')
