import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { DatabaseUrlError, parseDatabaseUrl, redact, type DatabaseTarget } from '@/lib/config/database-url'

export type StartEnvironment = { target: DatabaseTarget; demo: boolean }

/**
 * Reads and checks the environment every entry script shares. Stops with one clear line when
 * DATABASE_URL is not one of the accepted forms, or when production has no PAYLOAD_SECRET.
 * The demo (embedded SQLite by default) gets a secret of its own, kept beside its database.
 */
export function prepareEnvironment(): StartEnvironment {
  let target: DatabaseTarget
  try {
    target = parseDatabaseUrl(process.env.DATABASE_URL)
  } catch (error) {
    if (error instanceof DatabaseUrlError) {
      console.error(`newsroom: ${error.message}`)
      process.exit(1)
    }
    throw error
  }
  process.env.DATABASE_URL = target.url
  const demo = process.env.NEWSROOM_DEMO ? process.env.NEWSROOM_DEMO === 'true' : target.engine === 'sqlite'
  process.env.NEWSROOM_DEMO = String(demo)
  process.env.NEXT_TELEMETRY_DISABLED = '1'
  if (!process.env.PAYLOAD_SECRET) {
    if (!demo) {
      console.error('newsroom: PAYLOAD_SECRET is not set: set it to a long random string before starting a non-demo site.')
      process.exit(1)
    }
    process.env.PAYLOAD_SECRET = demoSecret()
  }
  return { target, demo }
}

function demoSecret(): string {
  const file = path.resolve('data/.payload-secret')
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const secret = randomBytes(32).toString('hex')
  fs.writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

export function describeTarget(target: DatabaseTarget): string {
  const names = { sqlite: 'SQLite', postgres: 'PostgreSQL', mongodb: 'MongoDB' }
  return `${names[target.engine]} at ${redact(target.url)}`
}
