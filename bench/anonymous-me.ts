/**
 * What `GET /api/readers/me` costs a front end when nobody is signed in: answered at the edge
 * (no login cookie or header: src/server/anonymous-me.ts) against the same request carrying an
 * expired login cookie, which goes through Next and Payload as every such request did before.
 * One server (SQLite demo), both measured side by side in one run, 4 connections each.
 *   npm run bench:anonymous-me [-- --seconds=8]
 * Needs a production build. Writes bench/results/anonymous-me.md.
 */
import fs from 'node:fs'

import { arg } from '../scripts/lib/args'
import { preparedEnvironment, startServer } from '../tests/http/helpers/server'
import type { LoadResult } from './lib/load'
import { machineLine, measureSideBySide, resultsTable, type Scenario } from './lib/side-by-side'

const seconds = Number(arg('seconds', '8'))
const environment = await preparedEnvironment('bench-me')
const server = await startServer(environment, { JOBS_WORKER: 'false' })
const rows: [string, LoadResult][] = []
try {
  const url = `${server.url}/api/readers/me`
  const scenarios: Scenario[] = [
    ['anonymous, answered at the edge', { url }],
    ['expired login cookie, through Next + Payload', { url, headers: { cookie: 'payload-token=expired.jwt.value' } }],
  ]
  rows.push(...(await measureSideBySide(scenarios, seconds)))
} finally {
  await server.stop()
  fs.rmSync(environment.dir, { recursive: true, force: true })
}

const report = `# GET /api/readers/me without a login

${machineLine()}
Reproduce: \`npm run bench:anonymous-me -- --seconds=${seconds}\`. One production server on the SQLite demo; autocannon on the
same cores, 4 connections, ${seconds} s each after a 1 s warm-up, both rows in one run.

${resultsTable(rows)}

Both answer \`{"user":null}\`. A front end cannot tell beforehand whether a reader is signed in
(the login cookie is HttpOnly), so it asks; our own comments block no longer does (its comments read
says who is signed in: bench/results/signed-in.md).
`
fs.writeFileSync('bench/results/anonymous-me.md', report)
console.log('wrote bench/results/anonymous-me.md')
