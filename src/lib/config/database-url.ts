/**
 * Which database engine a `DATABASE_URL` names. Pure: no Payload, no I/O, so the start script,
 * the Payload config and the tests all agree on one reading of the URL.
 */
export type DatabaseTarget = { engine: 'sqlite'; url: string } | { engine: 'postgres'; url: string } | { engine: 'mongodb'; url: string }

export const DEFAULT_DATABASE_URL = 'file:./data/newsroom.db'

export const ACCEPTED_DATABASE_URLS =
  'file:./path/to/site.db (SQLite), postgres://user@host:5432/db (PostgreSQL) or mongodb://host:27017/db (MongoDB)'

export class DatabaseUrlError extends Error {
  constructor(value: string) {
    super(`DATABASE_URL "${redact(value)}" is not supported: use ${ACCEPTED_DATABASE_URLS}.`)
    this.name = 'DatabaseUrlError'
  }
}

/** Hide a password before the URL goes into an error message or a log line. */
export function redact(value: string): string {
  return value.replace(/\/\/([^:/@]+):([^@]*)@/, '//$1:***@')
}

export function parseDatabaseUrl(raw: string | undefined): DatabaseTarget {
  const value = (raw ?? '').trim() || DEFAULT_DATABASE_URL
  if (/^file:.+/.test(value)) return { engine: 'sqlite', url: value }
  if (/^postgres(ql)?:\/\/[^/]+/.test(value)) return { engine: 'postgres', url: value }
  if (/^mongodb(\+srv)?:\/\/[^/]+/.test(value)) return { engine: 'mongodb', url: value }
  throw new DatabaseUrlError(value)
}

/** The SQLite file a `file:` URL points at, relative to the working directory when not absolute. */
export function sqliteFilePath(url: string): string {
  return url.replace(/^file:(\/\/)?/, '').replace(/\?.*$/, '')
}
