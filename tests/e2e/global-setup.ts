import type { TestProject } from 'vitest/node'

import httpSetup from '../http/global-setup'

/**
 * The HTTP tests' server (production build, fresh SQLite database with the demo content, SMTP sink),
 * with the job worker looking for due jobs every 2 s instead of every 15 s, so that an article
 * scheduled in the admin goes public soon after its time. The server inherits this process's
 * environment; JOBS_CRON set by hand still wins.
 *
 * The comment limits are off for the leg, as the HTTP setup leaves them (the desk's walk alone
 * posts a hundred comments from 127.0.0.1).
 */
export default async function setup(project: TestProject) {
  process.env.JOBS_CRON ??= '*/2 * * * * *'
  return httpSetup(project)
}
