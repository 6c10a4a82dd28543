/**
 * README command 2 (`npm test`): the whole suite, in order, each leg on a fresh database.
 *   1. type check and lint             tsc --noEmit; ESLint with the layer rules, Prettier (npm run lint)
 *   2. unit                            pure modules, no database
 *   3. integration on SQLite           Local API, a new database file
 *   4. integration on PostgreSQL       Local API, a new database on 127.0.0.1:5432 (never skipped)
 *   5. integration on MongoDB          only when MONGODB_URL is set; says why it is skipped otherwise
 *   6. build                           npm run build (next build, then the islands bundle)
 *   7. HTTP on SQLite and PostgreSQL   the build served by server.ts, real requests
 *   8. scale-out                       three service processes behind HAProxy, PostgreSQL primary and a
 *                                      streaming replica, an S3 server, Redis: sessions, limits, purges,
 *                                      jobs, live updates, media, replicas, faults
 *   9. e2e                             a real browser (Debian's Chromium, installed if missing) against
 *                                      the build on SQLite: the admin, accessibility, screenshots
 * Options: --only=unit,int-sqlite,… to run some legs (local use; CI runs them all).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { CHROMIUM, ensureDebianPackage, HAPROXY } from './lib/debian-package'
import { withScratchPostgres } from './lib/scratch-postgres'

type Counts = { passed: number; failed: number; skipped: number }
type Leg = { name: string; run: () => Promise<Counts | 'skipped'> }

const root = process.cwd()
const runId = `${Date.now().toString(36)}${process.pid}`
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-test-'))
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')

const baseEnv: NodeJS.ProcessEnv = {
  ...process.env,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? `test-secret-${runId}`,
  NEXT_TELEMETRY_DISABLED: '1',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = baseEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env, cwd: root })
    child.on('error', reject)
    child.on('exit', (code) => resolve(code ?? 1))
  })
}

type VitestReport = {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
  testResults: { name: string; message?: string; assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[]
}

/**
 * What failed, by leg, repeated under the summary: CI shows only the tail of a long run, where a
 * failure in an early leg had scrolled out of sight (a scale test failed once with no name to go by).
 */
const failures: string[] = []
const firstLines = (message: string) =>
  stripVTControlCharacters(message)
    .split('\n')
    .filter((line) => line.trim() !== '' && !/^\s*at .*node_modules/.test(line))
    .slice(0, 4)
    .map((line) => `      ${line.trim().slice(0, 200)}`)
    .join('\n')

function collectFailures(project: string, report: VitestReport): void {
  for (const file of report.testResults) {
    const where = path.relative(root, file.name)
    if (file.message && file.assertionResults.every((test) => test.status !== 'failed'))
      failures.push(`${project}  ${where}\n${firstLines(file.message)}`)
    for (const test of file.assertionResults.filter((result) => result.status === 'failed'))
      failures.push(`${project}  ${where} › ${test.fullName}\n${firstLines(test.failureMessages[0] ?? '')}`)
  }
}

async function vitest(project: string, env: NodeJS.ProcessEnv): Promise<Counts> {
  const report = path.join(tmp, `${project}-${Math.random().toString(36).slice(2)}.json`)
  const code = await run(
    'vitest',
    ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    env,
  )
  const counts = fs.existsSync(report) ? (JSON.parse(fs.readFileSync(report, 'utf8')) as VitestReport) : null
  if (!counts) return { passed: 0, failed: Math.max(1, code), skipped: 0 }
  collectFailures(project, counts)
  const failed = counts.numFailedTests + (code !== 0 && counts.numFailedTests === 0 ? 1 : 0)
  return { passed: counts.numPassedTests, failed, skipped: counts.numPendingTests + counts.numTodoTests }
}

async function migrate(env: NodeJS.ProcessEnv): Promise<void> {
  const code = await run(process.execPath, ['scripts/run.mjs', 'scripts/prepare.ts', '--migrate-only'], env)
  if (code !== 0) throw new Error('migrations failed')
}

async function integration(databaseUrl: string): Promise<Counts> {
  const env = { ...baseEnv, DATABASE_URL: databaseUrl }
  await migrate(env)
  return vitest('int', env)
}

const legs: Leg[] = [
  {
    name: 'typecheck',
    run: async () => {
      const code = await run('tsc', ['--noEmit'])
      return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 }
    },
  },
  {
    name: 'lint',
    run: async () => {
      const eslint = await run('eslint', ['.', '--max-warnings=0'])
      const prettier = await run('prettier', ['--check', '--log-level=warn', '.'])
      const failed = (eslint === 0 ? 0 : 1) + (prettier === 0 ? 0 : 1)
      return { passed: 2 - failed, failed, skipped: 0 }
    },
  },
  { name: 'unit', run: () => vitest('unit', baseEnv) },
  { name: 'int-sqlite', run: () => integration(`file:${path.join(tmp, 'int.db')}`) },
  { name: 'int-postgres', run: () => withScratchPostgres('newsroom_test', (url) => integration(url)) },
  {
    name: 'int-mongodb',
    run: async () => {
      if (!process.env.MONGODB_URL) {
        console.log('MongoDB leg skipped: MONGODB_URL is not set (no MongoDB server can be installed on this machine).')
        return 'skipped'
      }
      const url = new URL(process.env.MONGODB_URL)
      url.pathname = `/newsroom_test_${runId}`
      return integration(url.toString())
    },
  },
  {
    name: 'build',
    run: async () => {
      const code = await run('npm', ['run', 'build'], { ...baseEnv, NODE_ENV: 'production' })
      return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 }
    },
  },
  { name: 'http-sqlite', run: () => vitest('http', { ...baseEnv, TEST_TMP_DIR: tmp }) },
  {
    name: 'http-postgres',
    run: () => withScratchPostgres('newsroom_test', (url) => vitest('http', { ...baseEnv, TEST_TMP_DIR: tmp, HTTP_DATABASE_URL: url })),
  },
  {
    // Several service processes behind HAProxy on PostgreSQL with a streaming replica and an S3
    // server, all started by the tests themselves (tests/scale, docs/deploy.md).
    name: 'scale',
    run: async () => {
      const haproxy = await ensureDebianPackage(HAPROXY)
      return vitest('scale', { ...baseEnv, TEST_TMP_DIR: tmp, HTTP_DATABASE_URL: undefined, HAPROXY_PATH: haproxy })
    },
  },
  {
    name: 'e2e',
    run: async () => {
      const executable = await ensureDebianPackage(CHROMIUM)
      return vitest('e2e', { ...baseEnv, TEST_TMP_DIR: tmp, HTTP_DATABASE_URL: undefined, CHROMIUM_PATH: executable })
    },
  },
]

const results: { name: string; outcome: Counts | 'skipped'; seconds: number }[] = []
const suiteStarted = performance.now()
for (const leg of legs) {
  if (only && !only.includes(leg.name)) continue
  console.log(`\n━━ ${leg.name} ━━`)
  const started = performance.now()
  let outcome: Counts | 'skipped'
  try {
    outcome = await leg.run()
  } catch (error) {
    console.error(`${leg.name}: ${(error as Error).message}`)
    outcome = { passed: 0, failed: 1, skipped: 0 }
  }
  results.push({ name: leg.name, outcome, seconds: (performance.now() - started) / 1000 })
}
fs.rmSync(tmp, { recursive: true, force: true })

const total = { passed: 0, failed: 0, skipped: 0 }
if (failures.length > 0) console.log(`\n━━ failed ━━\n${failures.join('\n')}`)
console.log('\n━━ summary ━━')
for (const { name, outcome, seconds } of results) {
  if (outcome === 'skipped') {
    console.log(`${name.padEnd(14)} skipped`)
    continue
  }
  total.passed += outcome.passed
  total.failed += outcome.failed
  total.skipped += outcome.skipped
  console.log(
    `${name.padEnd(14)} ${String(outcome.passed).padStart(4)} passed ${String(outcome.failed).padStart(3)} failed  ${seconds.toFixed(1)} s`,
  )
}
console.log(`suite time ${((performance.now() - suiteStarted) / 1000).toFixed(1)} s`)
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`)
process.exit(total.failed === 0 && total.passed > 0 ? 0 : 1)
