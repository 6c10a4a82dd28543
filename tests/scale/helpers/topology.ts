import fs from 'node:fs'
import path from 'node:path'

import { preparedEnvironment, startServer, type ServerEnvironment, type StartedServer } from '../../http/helpers/server'
import { startOwnPostgres, type OwnPostgres } from '../../reliability/helpers/own-postgres'
import { startS3Server, type S3Server } from './s3-server'
import { startHaproxy, type Haproxy } from './haproxy'

/**
 * The scale-out topology on one machine, as docs/deploy.md draws it: a PostgreSQL primary of the
 * test's own with a streaming replica, an S3 server process (s3rver) for media, `count` service
 * processes of the same build with the replica for reads, and HAProxy in front checking /readyz.
 * Every process runs the job worker (every second), so each job has several workers to race for it.
 */
export type AppProcess = { name: string; server: StartedServer }

export type Topology = {
  balancer: string
  processes: AppProcess[]
  primary: OwnPostgres
  replica: OwnPostgres
  s3: S3Server
  haproxy: Haproxy
  environment: ServerEnvironment
  /** Environment a process of this topology starts with (on top of `environment`). */
  processEnv: Record<string, string>
  close: () => Promise<void>
}

export const AUTH_LIMIT = { points: 6, seconds: 60 }
export const JOBS_LEASE_MS = 8_000

export async function startTopology(count: number): Promise<Topology> {
  const cleanups: (() => Promise<void> | void)[] = []
  const close = async () => {
    for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => undefined)
  }
  try {
    const primary = await startOwnPostgres('scale-primary')
    cleanups.push(() => primary.destroy())
    const replica = await primary.startReplica('scale-replica')
    cleanups.push(() => replica.destroy())
    const s3 = await startS3Server('media')
    cleanups.push(() => s3.destroy())

    const storage = {
      S3_BUCKET: s3.bucket,
      S3_ENDPOINT: s3.url,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'true',
    }
    // Migrations and the demo (its images go to the bucket), once, against the primary.
    const environment = await preparedEnvironment('scale', { DATABASE_URL: primary.url, ...storage })
    cleanups.push(() => fs.rmSync(environment.dir, { recursive: true, force: true }))
    const processEnv: Record<string, string> = {
      ...storage,
      DATABASE_READ_REPLICAS: replica.url,
      DATABASE_POOL_MAX: '6',
      JOBS_CRON: '* * * * * *',
      // Longer than a webhook may take (5 s), short enough that the kill test sees its dead worker's jobs settled.
      JOBS_LEASE_MS: String(JOBS_LEASE_MS),
      RATE_LIMIT_AUTH: `${AUTH_LIMIT.points}/${AUTH_LIMIT.seconds}`,
      SHUTDOWN_GRACE_MS: '1500',
    }
    const processes: AppProcess[] = []
    for (let n = 1; n <= count; n += 1) {
      const server = await startServer(environment, processEnv)
      processes.push({ name: `app${n}`, server })
      // Awaited: a process whose shutdown hangs once its database is gone is killed, not left running.
      cleanups.push(async () => void (await server.stop()))
    }
    const haproxy = await startHaproxy(
      processes.map((process) => ({ name: process.name, url: process.server.url })),
      path.join(environment.dir, 'haproxy.cfg'),
    )
    cleanups.push(() => haproxy.stop())
    return { balancer: haproxy.url, processes, primary, replica, s3, haproxy, environment, processEnv, close }
  } catch (error) {
    await close()
    throw error
  }
}

export async function waitFor<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check().catch(() => undefined)
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
