/**
 * README command 1: `npm install && npm start`. Builds the site when the build is missing or older
 * than the sources, applies migrations, loads demo content into an empty demo database, then serves
 * on http://localhost:3000 (PORT to change). Each step prints what it does and how long it took.
 */
import { spawn } from 'node:child_process'

import { demoReaders } from '../src/seed/content/demo-comments'
import { demoLogins, DEMO_PASSWORD } from '../src/seed/demo-logins'
import { describeTarget, prepareEnvironment } from './lib/env'
import { buildIsCurrent } from './lib/build-state'

const major = Number(process.versions.node.split('.')[0])
if (major < 22) {
  console.error(`newsroom: Node ${process.version} is too old: run through npm (npm start), which uses the project's own Node 22.`)
  process.exit(1)
}

const { target, demo } = prepareEnvironment()
Object.assign(process.env, { NODE_ENV: 'production' })
const root = process.cwd()

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env: process.env })
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`)),
    )
  })
}

async function step<T>(label: string, work: () => Promise<T>): Promise<T> {
  console.log(`\n▶ ${label}`)
  const started = performance.now()
  const result = await work()
  console.log(`✔ ${label} (${((performance.now() - started) / 1000).toFixed(1)} s)`)
  return result
}

try {
  console.log(`newsroom: Node ${process.version}, database ${describeTarget(target)}${demo ? ', demo mode' : ''}`)
  if (buildIsCurrent(root)) console.log('\n✔ 1/3 build is up to date')
  else await step('1/3 building the site (npm run build, about a minute)', () => run('npm', ['run', 'build']))
  await step(`2/3 ${demo ? 'migrating the database and loading demo content if it is empty' : 'migrating the database'}`, () =>
    run(process.execPath, ['scripts/run.mjs', 'scripts/prepare.ts', ...(demo ? [] : ['--migrate-only'])]),
  )
  console.log('\n▶ 3/3 starting the server')
  if (demo) {
    console.log('  demo logins (demo mode only) at /admin:')
    for (const login of demoLogins) console.log(`    ${login.role.padEnd(9)} ${login.email}  password: ${DEMO_PASSWORD}`)
    console.log(`  demo reader (comments, POST /api/readers/login): ${demoReaders[0].email}  password: ${DEMO_PASSWORD}`)
  }
  await import('../server')
} catch (error) {
  console.error(`newsroom: start-up failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
