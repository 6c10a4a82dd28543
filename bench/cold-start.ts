/**
 * Cold start (issue 20, target 7): from spawning `node scripts/run.mjs server.ts` to the first
 * 200 from /readyz, with Node's module compile cache on (as scripts/run.mjs runs everything) and
 * off (NODE_DISABLE_COMPILE_CACHE=1), alternating, on the SQLite demo or `--database-url`.
 *   npm run bench:cold-start [-- --starts=6 --database-url=postgres://…]
 * The cache lives in a folder of this run's own, so its first start is a start after a new build
 * (nothing cached yet) and is reported on its own. Needs a production build. Writes
 * bench/results/cold-start.md.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { arg } from '../scripts/lib/args'
import { preparedEnvironment, READY_POLL_MS, startServer, type ServerEnvironment } from '../tests/http/helpers/server'
import { machineLine } from './lib/side-by-side'

const starts = Number(arg('starts', '6'))
const databaseUrl = arg('database-url', '')

/** Milliseconds from spawn to /readyz 200; the server is stopped before returning. */
async function coldStart(environment: ServerEnvironment, extra: Record<string, string>): Promise<number> {
  const started = performance.now()
  const server = await startServer(environment, { LOG_LEVEL: 'warn', ...extra })
  const ready = performance.now() - started
  await server.stop()
  return ready
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]
const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`

const environment = await preparedEnvironment('bench-cold-start', databaseUrl ? { DATABASE_URL: databaseUrl } : {})
const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-compile-cache-'))
try {
  const on = { NODE_COMPILE_CACHE: cacheDir }
  const off = { NODE_DISABLE_COMPILE_CACHE: '1' }
  const first = await coldStart(environment, on)
  console.log(`first start, nothing cached: ${ms(first)}`)
  const times = { on: [] as number[], off: [] as number[] }
  for (let i = 0; i < starts; i++) {
    times.off.push(await coldStart(environment, off))
    times.on.push(await coldStart(environment, on))
    console.log(`round ${i + 1}: cache off ${ms(times.off.at(-1)!)}, on ${ms(times.on.at(-1)!)}`)
  }
  const engine = databaseUrl ? 'PostgreSQL (--database-url)' : 'SQLite, the demo'
  const row = (label: string, list: number[]) =>
    `| ${label} | ${ms(median(list))} | ${ms(Math.min(...list))} | ${ms(Math.max(...list))} | ${list.length} |`
  const report = [
    '# Cold start',
    '',
    `${machineLine()} Database: ${engine}.`,
    '',
    'From spawning `node scripts/run.mjs server.ts` to the first 200 from `/readyz` (polled every',
    `${READY_POLL_MS} ms), the production build. Starts with the compile cache off and on alternate, one after`,
    'another in one run. Run: `npm run bench:cold-start`.',
    '',
    '| start | median | fastest | slowest | starts |',
    '|---|---:|---:|---:|---:|',
    row('compile cache off (`NODE_DISABLE_COMPILE_CACHE=1`)', times.off),
    row('compile cache on, filled by an earlier start', times.on),
    row('compile cache on, first start after a build (nothing cached)', [first]),
    '',
  ].join('\n')
  fs.mkdirSync('bench/results', { recursive: true })
  fs.writeFileSync('bench/results/cold-start.md', report)
  console.log('wrote bench/results/cold-start.md')
} finally {
  fs.rmSync(cacheDir, { recursive: true, force: true })
  fs.rmSync(environment.dir, { recursive: true, force: true })
}
process.exit(0)
