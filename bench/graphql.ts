/**
 * GraphQL reads of one article beside the REST read of it, side by side in one run: a POST (never
 * cached), a query by GET and a persisted query (hash alone) by GET, each from the edge cache and
 * rendered (an Authorization header keeps a request out of the cache), and the REST read by slug at
 * depth 2, cached and rendered. One production server on the SQLite demo, 4 connections each.
 *   npm run bench:graphql [-- --seconds=8]
 * Needs a production build. Writes bench/results/graphql.md.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'

import { articles as demoArticles } from '@/seed/content/demo-content'
import { arg } from '../scripts/lib/args'
import { preparedEnvironment, startServer } from '../tests/http/helpers/server'
import type { LoadResult } from './lib/load'
import { machineLine, measureSideBySide, resultsTable, type Scenario } from './lib/side-by-side'
import { BYPASS } from './lib/scenarios'

/** What an article page's front end asks for: the story, its byline, section, tags and hero. */
const QUERY = `query Story($slug: String) {
  Articles(where: { slug: { equals: $slug } }, limit: 1) {
    docs { id title kicker dek slug firstPublishedAt readingTimeMinutes commentCount
      hero { image { url alt width height } caption credit }
      authors { name slug } section { name slug } tags { name slug } }
  }
}`
const HASH = createHash('sha256').update(QUERY).digest('hex')

const seconds = Number(arg('seconds', '8'))
const environment = await preparedEnvironment('bench-graphql')
const server = await startServer(environment, { JOBS_WORKER: 'false' })
const rows: [string, LoadResult][] = []
try {
  const slug = demoArticles[0].slug
  const variables = JSON.stringify({ slug })
  const graphql = `${server.url}/api/graphql`
  const byGet = `${graphql}?${new URLSearchParams({ query: QUERY, variables })}`
  const byHash = `${graphql}?${new URLSearchParams({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: HASH } }), variables })}`
  const json = { 'content-type': 'application/json' }
  // Teach the process the hash, as a client's first request would.
  const taught = await fetch(graphql, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ query: QUERY, variables: { slug }, extensions: { persistedQuery: { version: 1, sha256Hash: HASH } } }),
  })
  const answer = (await taught.json()) as { data?: { Articles: { docs: unknown[] } }; errors?: unknown }
  if (!answer.data?.Articles.docs.length) throw new Error(`the query found nothing: ${JSON.stringify(answer.errors)}`)
  const rest = `${server.url}/api/articles?where[slug][equals]=${slug}&depth=2&limit=1`
  const scenarios: Scenario[] = [
    ['GraphQL by GET, edge cache', { url: byGet }],
    ['GraphQL persisted query (hash) by GET, edge cache', { url: byHash }],
    ['REST by slug, depth 2, edge cache', { url: rest }],
    [
      'GraphQL by POST (never cached)',
      { url: graphql, method: 'POST', headers: json, body: JSON.stringify({ query: QUERY, variables: { slug } }) },
    ],
    ['GraphQL by GET, rendered', { url: byGet, headers: BYPASS }],
    ['REST by slug, depth 2, rendered', { url: rest, headers: BYPASS }],
  ]
  rows.push(...(await measureSideBySide(scenarios, seconds)))
} finally {
  await server.stop()
  fs.rmSync(environment.dir, { recursive: true, force: true })
}

const report = `# GraphQL reads beside the REST read

${machineLine()}
Reproduce: \`npm run bench:graphql -- --seconds=${seconds}\`. One production server on the SQLite demo; autocannon on the
same cores, 4 connections, ${seconds} s each after a 1 s warm-up, all rows in one run. The query asks for what an
article page shows (story, byline, section, tags, hero); the REST read is the same article at depth 2.

${resultsTable(rows)}

"Edge cache" rows are answered from memory by the Express edge; "rendered" rows carry an
Authorization header, which keeps them out of the cache, as a signed-in client's are.
`
fs.writeFileSync('bench/results/graphql.md', report)
console.log('wrote bench/results/graphql.md')
