import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

import { freePort, preparedEnvironment, startServer } from './helpers/server'
import { PURGE_SECRET, startWebhookSink } from './helpers/webhook-sink'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    mailDir: string
    purgeDir: string
    /** The shared server's database and uploads folder (for the backup drill, which reads them live). */
    databaseUrl: string
    mediaDir: string
  }
}

/**
 * One production server with the demo content on a fresh database, shared by the HTTP tests, and a
 * real SMTP server process that it sends its mail to (the tests read what arrived).
 */
export default async function setup(project: TestProject) {
  const environment = await preparedEnvironment('http')
  const mailDir = path.join(environment.dir, 'mail')
  const smtpPort = await freePort()
  const smtp = spawn(process.execPath, ['scripts/run.mjs', 'tests/http/helpers/smtp-sink.ts', String(smtpPort), mailDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    smtp.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('listening') && resolve())
    smtp.once('exit', (code) => reject(new Error(`the SMTP server exited (${code})`)))
  })
  const purgeDir = path.join(environment.dir, 'purges')
  const purgeSink = await startWebhookSink(purgeDir)
  const server = await startServer(environment, {
    CACHE_PURGE_WEBHOOKS: purgeSink.url,
    CACHE_PURGE_SECRET: PURGE_SECRET,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    EMAIL_FROM: 'newsroom@ledger.test',
    LIVE_HEARTBEAT_MS: '1000',
    LIVE_MAX_CONNECTIONS: '8',
  })
  project.provide('baseUrl', server.url)
  project.provide('mailDir', mailDir)
  project.provide('purgeDir', purgeDir)
  project.provide('databaseUrl', String(environment.env.DATABASE_URL))
  project.provide('mediaDir', String(environment.env.MEDIA_DIR))
  return async () => {
    await server.stop()
    await purgeSink.close()
    smtp.kill('SIGTERM')
    fs.rmSync(environment.dir, { recursive: true, force: true })
  }
}
