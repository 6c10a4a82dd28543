import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

import { DEMO_PASSWORD } from '@/seed/demo-logins'
import { freePort, preparedEnvironment, startServer } from './helpers/server'
import { PURGE_SECRET, startWebhookSink } from './helpers/webhook-sink'

/** A window limit switched off (0), as NO_LIMIT in tests/security/helpers/community.ts. */
const COMMENT_LIMITS_OFF = { max: 0, windowSeconds: 60 }

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
 *
 * The comment limits per reader and per network address are switched off for the leg (and the
 * e2e leg, which uses this setup): every file posts from 127.0.0.1, so with them on a file passed
 * or failed by which files vitest happened to run before it (openapi.test.ts met a 429 after the
 * files that post most). tests/http/comments.test.ts switches them on to test them, and back off.
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
    // "Most read" stores its counts every half second here, not every 30 s.
    VIEWS_FLUSH_MS: '500',
  })
  project.provide('baseUrl', server.url)
  project.provide('mailDir', mailDir)
  project.provide('purgeDir', purgeDir)
  project.provide('databaseUrl', String(environment.env.DATABASE_URL))
  project.provide('mediaDir', String(environment.env.MEDIA_DIR))
  await switchOffCommentLimits(server.url)
  return async () => {
    await server.stop()
    await purgeSink.close()
    smtp.kill('SIGTERM')
    fs.rmSync(environment.dir, { recursive: true, force: true })
  }
}

async function switchOffCommentLimits(baseUrl: string): Promise<void> {
  const login = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'admin@newsroom.test', password: DEMO_PASSWORD }),
  })
  const { token } = (await login.json()) as { token?: string }
  const saved = await fetch(`${baseUrl}/api/globals/comment-settings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({ readerRateLimit: COMMENT_LIMITS_OFF, ipRateLimit: COMMENT_LIMITS_OFF }),
  })
  if (!saved.ok) throw new Error(`could not switch the comment limits off for the leg: ${saved.status} ${await saved.text()}`)
}
