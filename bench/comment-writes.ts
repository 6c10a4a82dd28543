/**
 * Comment writes at full scale (issue 20, target 6): POST /api/comments at 4 connections on
 * PostgreSQL with 50,000 articles and 1,000,000 comments, then a check that every accepted post is
 * stored exactly once.
 *   npm run bench:comment-writes [-- --seconds=20 --database-url=postgres://…/newsroom_full]
 * Without --database-url it generates the archive in a scratch database first (about ten minutes);
 * `npm run bench -- --scale=full --generate-only --database-url=…` keeps one to run this against
 * again. Needs a production build. Writes bench/results/comment-writes.md.
 */
import fs from 'node:fs'

import { arg } from '../scripts/lib/args'
import { withScratchPostgres } from '../scripts/lib/scratch-postgres'
import { preparedEnvironment, startServer, type ServerEnvironment } from '../tests/http/helpers/server'
import { apiCall, demoLogin } from './lib/api'
import { runGenerator } from './lib/generator'
import { scaleNamed } from './lib/scale'
import { machineLine } from './lib/side-by-side'
import { postComments, WRITE_PATH_SETTINGS, type PostOutcome } from './lib/workloads'

const seconds = Number(arg('seconds', '20'))
const scale = scaleNamed(arg('scale', 'full'))
const ownDatabase = arg('database-url', '')

/**
 * A reader of this run's own, verified by the admin: every run starts from a commenter without a
 * history, so runs against a kept database compare (the demo reader's grows by thousands a run).
 */
async function freshReader(service: string, admin: string): Promise<string> {
  const email = `bench-${Date.now().toString(36)}@example.test`
  const password = 'bench-reader-password-1'
  const created = await apiCall<{ doc: { id: string } }>(`${service}/api/readers`, {
    method: 'POST',
    json: { email, password, displayName: 'Bench Reader' },
  })
  await apiCall(`${service}/api/readers/${created.doc.id}`, { method: 'PATCH', token: admin, json: { _verified: true } })
  return (await apiCall<{ token: string }>(`${service}/api/readers/login`, { method: 'POST', json: { email, password } })).token
}

type Row = { what: string; outcome: PostOutcome }

async function measure(environment: ServerEnvironment): Promise<{ rows: Row[]; comments: number; articles: number }> {
  const server = await startServer(environment, { LOG_LEVEL: 'warn', PAGE_CACHE_MB: '256' })
  try {
    const service = server.url
    const admin = await demoLogin(service, 'users', 'admin@newsroom.test')
    const reader = await freshReader(service, admin)
    await apiCall(`${service}/api/globals/comment-settings`, { method: 'POST', token: admin, json: WRITE_PATH_SETTINGS })
    type Page = { docs: { id: string }[]; totalDocs: number }
    const busiest = await apiCall<Page>(`${service}/api/articles?sort=-commentCount&limit=11&depth=0&select[id]=true`)
    const comments = await apiCall<Page>(`${service}/api/comments?limit=1&depth=0&select[id]=true`, { token: admin })
    const [hot, ...busy] = busiest.docs
    const rows: Row[] = []
    const run = async (what: string, articles: { id: string }[], connections: number) => {
      await postComments({ service, token: reader, articles, seconds: 1, connections }) // warm-up
      const outcome = await postComments({ service, token: reader, articles, seconds, connections })
      rows.push({ what, outcome })
      const r = outcome.result
      console.log(
        `  ${what.padEnd(58)} ${r.rps.toFixed(0).padStart(4)}/s  p50 ${r.p50} ms  p95 ${r.p95} ms  p99 ${r.p99} ms  5xx ${r.errors5xx}  ` +
          `accepted ${outcome.accepted}, stored ${outcome.stored}, doubled ${outcome.doubled}, lost ${outcome.lost}`,
      )
    }
    await run('ten of the busiest stories, 4 connections', busy, 4)
    await run('the busiest story (every post on one row), 4 connections', [hot], 4)
    await run('ten of the busiest stories, one at a time', busy, 1)
    return { rows, comments: comments.totalDocs, articles: busiest.totalDocs }
  } finally {
    await server.stop()
  }
}

function report({ rows, comments, articles }: Awaited<ReturnType<typeof measure>>): string {
  return [
    '# Comment writes at full scale',
    '',
    `${machineLine()} Engine: postgres. ${articles.toLocaleString('en')} articles, ${comments.toLocaleString('en')} comments.`,
    '',
    "Real HTTP against the production server on the same 2 cores as the client. A reader of the run's own (signed in, no history yet)",
    'posts top-level comments with unique Idempotency-Keys, about one in ten a retry of an earlier key; every',
    'post runs the whole moderation pipeline and publishes at once. Afterwards every accepted key must be',
    `stored exactly once. ${seconds} s a row after a 1 s warm-up. Run: \`npm run bench:comment-writes\`.`,
    '',
    '| posts | req/s | p50 ms | p95 ms | p99 ms | 5xx | accepted | stored | doubled | lost |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      ({ what, outcome: o }) =>
        `| ${what} | ${o.result.rps.toFixed(0)} | ${o.result.p50} | ${o.result.p95} | ${o.result.p99} | ${o.result.errors5xx} | ${o.accepted} | ${o.stored} | ${o.doubled} | ${o.lost} |`,
    ),
    '',
  ].join('\n')
}

async function onDatabase(databaseUrl: string, generate: boolean) {
  // Migrated and seeded (a no-op on a database already prepared), with the test servers' raised rate limits.
  const environment = await preparedEnvironment('bench-comment-writes', { DATABASE_URL: databaseUrl })
  try {
    if (generate) await runGenerator(scale, environment.env)
    const results = await measure(environment)
    fs.writeFileSync('bench/results/comment-writes.md', report(results))
    console.log('wrote bench/results/comment-writes.md')
  } finally {
    fs.rmSync(environment.dir, { recursive: true, force: true })
  }
}

if (ownDatabase) await onDatabase(ownDatabase, false)
else await withScratchPostgres('newsroom_comment_writes', (url) => onDatabase(url, true))
process.exit(0)
