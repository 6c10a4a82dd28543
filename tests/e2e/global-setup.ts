import type { TestProject } from 'vitest/node'

import { DEMO_PASSWORD } from '@/seed/demo-logins'
import httpSetup from '../http/global-setup'

/**
 * The HTTP tests' server (production build, fresh SQLite database with the demo content, SMTP sink),
 * with the job worker looking for due jobs every 2 s instead of every 15 s, so that an article
 * scheduled in the admin goes public soon after its time. The server inherits this process's
 * environment; JOBS_CRON set by hand still wins.
 *
 * The comment limits per reader and per network address are switched off for the leg: every file
 * posts from 127.0.0.1 (the moderation desk's walk posts a hundred comments), so with them on a file
 * passed or failed by which files vitest happened to run before it. The limits are tested over HTTP
 * (tests/http/comments.test.ts) and on servers of their own.
 */
export default async function setup(project: TestProject) {
  process.env.JOBS_CRON ??= '*/2 * * * * *'
  const teardown = await httpSetup(project)
  await switchOffCommentLimits(project.getProvidedContext().baseUrl)
  return teardown
}

async function switchOffCommentLimits(baseUrl: string): Promise<void> {
  const login = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'admin@newsroom.test', password: DEMO_PASSWORD }),
  })
  const { token } = (await login.json()) as { token?: string }
  const off = { max: 0, windowSeconds: 60 }
  const saved = await fetch(`${baseUrl}/api/globals/comment-settings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({ readerRateLimit: off, ipRateLimit: off }),
  })
  if (!saved.ok) throw new Error(`could not switch the comment limits off for the e2e leg: ${saved.status} ${await saved.text()}`)
}
