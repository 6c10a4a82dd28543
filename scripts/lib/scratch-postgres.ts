import pg from 'pg'

/** The server the tests, benchmarks and migration generator make their throw-away databases on. */
export const POSTGRES_BASE_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

let counter = 0

/**
 * Runs `work` against a new, empty PostgreSQL database and drops it afterwards (connections still
 * open to it are closed by the drop), whatever `work` did.
 */
export async function withScratchPostgres<T>(prefix: string, work: (url: string) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: POSTGRES_BASE_URL, connectionTimeoutMillis: 5_000 })
  try {
    await admin.connect()
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${POSTGRES_BASE_URL} (${(error as Error).message}). Start it with: ` +
        'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
      { cause: error },
    )
  }
  const name = `${prefix}_${Date.now().toString(36)}${process.pid}_${(counter += 1)}`
  await admin.query(`CREATE DATABASE ${name}`)
  try {
    const url = new URL(POSTGRES_BASE_URL)
    url.pathname = `/${name}`
    return await work(url.toString())
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined)
    await admin.end()
  }
}
