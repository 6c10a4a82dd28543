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

import { articles as demoArticles } from '@/seed/content/demo-content'
import { DEMO_PASSWORD } from '@/seed/demo-logins'
import { arg } from '../scripts/lib/args'
import { preparedEnvironment, startServer } from '../tests/http/helpers/server'
import type { LoadResult } from './lib/load'
import { machineLine, measureSideBySide, resultsTable, type Scenario } from './lib/side-by-side'

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
  const scenarios: Scenario[] = [
    ['article page, anonymous (edge cache)', { url: page }],
    ['article page, signed-in reader (edge cache)', { url: page, headers: signedIn }],
    ['article page, rendered per view (signed-in readers before)', { url: page, headers: { authorization: 'JWT bench-bypass' } }],
    ['+ `GET /api/articles/:id/comments`, signed in', { url: `${server.url}/api/articles/${id}/comments`, headers: signedIn }],
  ]
  rows.push(...(await measureSideBySide(scenarios, seconds)))
} finally {
  await server.stop()
  fs.rmSync(environment.dir, { recursive: true, force: true })
}

const [anonymous, signedInView] = rows
const share = (signedInView[1].rps / anonymous[1].rps) * 100
const report = `# A signed-in reader's article view

${machineLine()}
Reproduce: \`npm run bench:signed-in -- --seconds=${seconds}\`. One production server on the SQLite demo; autocannon on the
same cores, 4 connections, ${seconds} s each after a 1 s warm-up, all rows in one run.

${resultsTable(rows)}

A signed-in reader's page view runs at ${share.toFixed(0)}% of the anonymous rate (target ≥ 90%): both are
the one shared copy (\`isPersonal\` in \`src/lib/cache/policy.ts\`). Before, a login cookie kept every
page out of the cache, so each signed-in view was the "rendered per view" row. What is the reader's
own comes by the request marked "+", which the comments island makes once per view with the login
(when the reader nears the comments).
`
fs.writeFileSync('bench/results/signed-in.md', report)
console.log('wrote bench/results/signed-in.md')
