import { createClient } from '@libsql/client'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'

import { ACCEPTED_DATABASE_URLS } from '@/lib/config/database-url'
import { draftArticle } from '@/seed/content/demo-content'
import { preparedEnvironment, startServer, type ServerEnvironment } from './helpers/server'

/** Servers of their own: started, watched and stopped by these tests. */
const cleanup: ServerEnvironment[] = []
afterAll(() => cleanup.forEach((environment) => fs.rmSync(environment.dir, { recursive: true, force: true })))

const sqliteOnly = process.env.HTTP_DATABASE_URL ? describe.skip : describe

describe('start-up', () => {
  it.each([['mysql://root@localhost/news'], ['news.db'], ['redis://127.0.0.1:6379']])(
    'refuses DATABASE_URL=%s with one line naming the accepted forms',
    (url) => {
      for (const entry of ['server.ts', 'scripts/prepare.ts']) {
        const result = spawnSync(process.execPath, ['scripts/run.mjs', entry], {
          env: { ...process.env, DATABASE_URL: url, PAYLOAD_SECRET: 'x' },
          encoding: 'utf8',
          timeout: 30_000,
        })
        expect(result.status).toBe(1)
        const lines = result.stderr.trim().split('\n')
        expect(lines).toHaveLength(1)
        expect(lines[0]).toContain(ACCEPTED_DATABASE_URLS)
      }
    },
  )
})

sqliteOnly('graceful shutdown and the job worker (SQLite)', () => {
  it('listens on the one address HOST names, and is ready there: its own checks go to that address', async () => {
    const environment = await preparedEnvironment('one-address')
    cleanup.push(environment)
    // startServer waits for /readyz: the readiness check asked 127.0.0.1, which nothing answers here.
    const server = await startServer(environment, { HOST: '127.0.0.2' })
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.2:/)
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200)
      await expect(fetch(`${server.url.replace('127.0.0.2', '127.0.0.1')}/healthz`)).rejects.toThrow()
    } finally {
      await server.stop()
    }
  })

  it('finishes in-flight requests on SIGTERM, then closes the database and exits 0', async () => {
    const environment = await preparedEnvironment('shutdown')
    cleanup.push(environment)
    // A longer grace than the 1 s default: on a loaded 2-core machine the kernel may hold some of
    // the 30 connections in its accept queue for over a second, and they must reach the server
    // before it stops listening to count as in flight.
    const server = await startServer(environment, { SHUTDOWN_GRACE_MS: '3000' })
    const inFlight = Array.from({ length: 30 }, () =>
      fetch(`${server.url}/api/articles?limit=50&depth=2`).then(async (response) => ({
        status: response.status,
        docs: ((await response.json()) as { docs: unknown[] }).docs.length,
      })),
    )
    await new Promise((resolve) => setTimeout(resolve, 30))
    const exit = server.stop('SIGTERM')
    const results = await Promise.all(inFlight)
    expect(results.every((result) => result.status === 200 && result.docs > 0)).toBe(true)
    expect(await exit).toBe(0)
    expect(server.output()).toMatch(/SIGTERM received/)
    expect(server.output()).toMatch(/database closed/)
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow()
  })

  it('publishes a scheduled article from boot, with no request arriving', async () => {
    const environment = await preparedEnvironment('scheduled')
    cleanup.push(environment)
    const queued = spawnSync(
      process.execPath,
      ['scripts/run.mjs', 'tests/http/helpers/queue-scheduled-publish.ts', draftArticle.slug, '10'],
      {
        env: environment.env as NodeJS.ProcessEnv,
        encoding: 'utf8',
      },
    )
    expect(queued.status, queued.stderr).toBe(0)
    const articleId = queued.stdout.trim().split('\n').at(-1)

    const server = await startServer(environment, { JOBS_WORKER: 'true', JOBS_CRON: '* * * * * *' })
    // From here on nothing asks the server anything: the database is read directly.
    const database = createClient({ url: environment.env.DATABASE_URL! })
    const statusOf = async () =>
      (await database.execute({ sql: 'select _status from articles where id = ?', args: [articleId!] })).rows[0]?._status
    expect(await statusOf()).toBe('draft')
    // Due 10 s after queueing: long enough for a slow start, so the draft is still a draft here.
    const deadline = Date.now() + 30_000
    while ((await statusOf()) !== 'published' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250))
    expect(await statusOf()).toBe('published')
    database.close()
    expect(await server.stop()).toBe(0)
  }, 120_000)
})
