import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { ISLANDS_MANIFEST } from '@/site/islands/bundle'

/** A free loopback port, asked of the kernel. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

export type StartedServer = {
  url: string
  child: ChildProcess
  output: () => string
  stop: (signal?: NodeJS.Signals) => Promise<number | null>
}

type Env = Record<string, string | undefined>

export type ServerEnvironment = { dir: string; env: Env }

/**
 * A fresh database (a SQLite file in a new temporary folder, or HTTP_DATABASE_URL when the test
 * runner made a fresh PostgreSQL database) and media folder, migrated and seeded with the demo.
 */
export async function preparedEnvironment(name: string, extra: Env = {}): Promise<ServerEnvironment> {
  const environment = serverEnvironment(name, extra)
  await runToEnd(process.execPath, ['scripts/run.mjs', 'scripts/prepare.ts'], environment.env)
  return environment
}

/** The environment of a server of the test's own (database, media folder, secret), not yet prepared. */
function serverEnvironment(name: string, extra: Env): ServerEnvironment {
  const base = process.env.TEST_TMP_DIR ?? os.tmpdir()
  const dir = fs.mkdtempSync(path.join(base, `${name}-`))
  const env: Env = {
    ...process.env,
    DATABASE_URL: process.env.HTTP_DATABASE_URL ?? `file:${path.join(dir, 'site.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    NEWSROOM_DEMO: 'true',
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'http-test-secret',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    // Tests and benchmarks sign in and write from one address far more often than a person would;
    // the limits themselves are tested on servers of their own (tests/scale).
    RATE_LIMIT_AUTH: '1000000/60',
    RATE_LIMIT_WRITES: '1000000/60',
    RATE_LIMIT_READS: '1000000/60',
    RATE_LIMIT_FRONTEND: '1000000/60',
    ...extra,
  }
  return { dir, env }
}

function runToEnd(command: string, args: string[], env: Env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout?.on('data', (chunk) => (output += chunk))
    child.stderr?.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} failed:\n${output}`))))
  })
}

/** How often startServer asks /readyz while the server starts. */
export const READY_POLL_MS = 20

/** Starts server.ts (the production build must exist) and waits until /readyz answers 200. */
export async function startServer(environment: ServerEnvironment, extra: Env = {}): Promise<StartedServer> {
  if (!fs.existsSync(path.resolve('.next/BUILD_ID')) || !fs.existsSync(path.resolve(ISLANDS_MANIFEST))) {
    throw new Error('No production build: run `npm run build` first (npm test does it).')
  }
  const port = await freePort()
  const host = extra.HOST ?? '127.0.0.1'
  const url = `http://${host}:${port}`
  const child = spawn(process.execPath, ['scripts/run.mjs', 'server.ts'], {
    env: {
      ...environment.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: host,
      SITE_URL: url,
      ...extra,
    } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))

  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}):\n${output}`)
    try {
      const response = await fetch(`${url}/readyz`)
      if (response.status === 200) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`server not ready within 60 s:\n${output}`)
    }
    // Often enough that the time to ready is the server's, not the poll's (bench/cold-start.ts).
    await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS))
  }

  return {
    url,
    child,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal)
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
      const code = await exited
      clearTimeout(timer)
      return code
    },
  }
}

/**
 * A database of the test's own, apart from the shared server's: a SQLite file (the default), or on
 * the PostgreSQL leg a new database on the same server, dropped by `drop()`. For tests whose
 * server must not share a job queue with the shared one (mail goes to the test's own SMTP server).
 */
export async function ownDatabase(name: string): Promise<{ env: Env; drop: () => Promise<void> }> {
  const shared = process.env.HTTP_DATABASE_URL
  if (!shared) return { env: {}, drop: async () => undefined }
  const { default: pg } = await import('pg')
  const url = new URL(shared)
  const database = `${url.pathname.slice(1)}_${name}`.replace(/[^a-z0-9_]/gi, '_').toLowerCase()
  const adminUrl = new URL(shared)
  adminUrl.pathname = '/postgres'
  const admin = new pg.Client({ connectionString: adminUrl.toString() })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${database}`)
  await admin.end()
  url.pathname = `/${database}`
  return {
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl.toString() })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined)
      await client.end()
    },
  }
}

/** Whether this is the PostgreSQL leg, where several service processes can share one database. */
export const onPostgresLeg = !!process.env.HTTP_DATABASE_URL

/**
 * A second service process on the leg's PostgreSQL database, without a job worker (the shared server
 * runs the jobs). The shared server's start prepared that database already, so this one skips
 * `prepare` (a whole extra Payload boot, which under a loaded CI machine ran past the hook's timeout).
 */
export async function startSecondProcess(name: string): Promise<StartedServer> {
  return startServer(serverEnvironment(name, { DATABASE_URL: process.env.HTTP_DATABASE_URL }), { JOBS_WORKER: 'false' })
}
