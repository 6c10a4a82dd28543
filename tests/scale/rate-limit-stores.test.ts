import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import { spawn } from 'node:child_process'
import { afterAll, describe, expect, it } from 'vitest'

import { startOwnPostgres, type OwnPostgres } from '../reliability/helpers/own-postgres'
import { LOCAL_REDIS_URL, redisAnswers } from '../../scripts/lib/redis-probe'

/**
 * The edge's rate limits with each shared store, across real processes: two processes counting one
 * client's sign-in attempts together through PostgreSQL (the `rate_limits` table of the migrations)
 * and through Redis (the machine's server on 127.0.0.1:6379, or REDIS_URL). The memory store, for the
 * embedded default, counts per process — shown as the contrast.
 */
const LIMIT = 4
const children: ReturnType<typeof spawn>[] = []
let postgres: OwnPostgres | undefined

afterAll(async () => {
  for (const child of children) child.kill('SIGTERM')
  postgres?.destroy()
})

async function limitProcess(store: string, url = ''): Promise<string> {
  const child = spawn(process.execPath, ['scripts/run.mjs', 'tests/scale/helpers/limit-server.ts'], {
    env: { ...process.env, LIMIT_STORE: store, LIMIT_STORE_URL: url, RATE_LIMIT_AUTH: `${LIMIT}/60` },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(child)
  let output = ''
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      output += chunk
      const port = /port (\d+)/.exec(output)?.[1]
      if (port) resolve(`http://127.0.0.1:${port}`)
    })
    child.stderr?.on('data', (chunk) => (output += chunk))
    child.once('exit', (code) => reject(new Error(`limit server exited (${code}):\n${output}`)))
  })
}

/** Attempts from one address, alternating between the processes; the statuses in order. */
async function alternate(bases: string[], attempts: number): Promise<number[]> {
  // An address of its own per run (IPv6 documentation range): Redis outlives a run and is shared.
  const address = `2001:db8::${Math.floor(Math.random() * 0xffff).toString(16)}:${Math.floor(Math.random() * 0xffff).toString(16)}`
  const statuses: number[] = []
  for (let n = 0; n < attempts; n += 1) {
    const response = await fetch(`${bases[n % bases.length]}/api/users/login`, {
      method: 'POST',
      headers: { 'X-Forwarded-For': address, 'Content-Type': 'application/json' },
      body: '{}',
    })
    statuses.push(response.status)
  }
  return statuses
}

const shared = [401, 401, 401, 401, 429, 429]

const redisUrl = LOCAL_REDIS_URL
const redisAnswering = await redisAnswers()
if (!redisAnswering) console.log(`rate limits on Redis skipped: nothing answers at ${redisUrl} (set REDIS_URL)`)

describe('rate-limit stores shared by processes', () => {
  it('counts one address across two processes in PostgreSQL', async () => {
    postgres = await startOwnPostgres('limits')
    const { default: pg } = await import('pg')
    const client = new pg.Client({ connectionString: postgres.url })
    await client.connect()
    // The table the migration makes (src/migrations/postgres/…_rate_limits.ts), made the same way here.
    const { up } = await import('@/migrations/postgres/20261203_203300_rate_limits')
    await up({ db: drizzle({ client }) } as unknown as Parameters<typeof up>[0])
    const bases = await Promise.all([limitProcess('postgres', postgres.url), limitProcess('postgres', postgres.url)])
    expect(await alternate(bases, 6)).toEqual(shared)
    const rows = await client.query("SELECT key, points FROM rate_limits WHERE key LIKE 'newsroom-auth:%'")
    expect(rows.rows).toEqual([expect.objectContaining({ points: 6 })])
    await client.end()
  })

  it.skipIf(!redisAnswering)('counts one address across two processes in Redis', async () => {
    const bases = await Promise.all([limitProcess('redis', redisUrl), limitProcess('redis', redisUrl)])
    expect(await alternate(bases, 6)).toEqual(shared)
  })

  it('counts per process in memory (the embedded default, one process)', async () => {
    const bases = await Promise.all([limitProcess('memory'), limitProcess('memory')])
    // Each process saw three of the six: none reached its limit of four.
    expect(await alternate(bases, 6)).toEqual([401, 401, 401, 401, 401, 401])
  })
})
