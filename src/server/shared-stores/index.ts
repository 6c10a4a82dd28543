import fs from 'node:fs'
import path from 'node:path'

import { sqliteFilePath, type DatabaseTarget } from '../../lib/config/database-url'
import { resilientStore, sitePrefix, type SharedResponseStore, type SharedStoreOptions } from '../../lib/cache/shared-store'
import { postgresResponseStore } from './postgres'
import { redisResponseStore } from './redis'
import { sqliteFileResponseStore } from './sqlite-file'

export type SharedStoreChoice = {
  database: DatabaseTarget
  /** Redis when set: the fastest shared home, and the one several machines can share. */
  redisUrl: string
  maxAgeMs: number
  maxBytes: number
  /** The folder of Next's build (its BUILD_ID names the build). */
  buildDir: string
  log: (message: string) => void
}

/**
 * The second tier of the edge cache, in the best home the site has: Redis when REDIS_URL is set,
 * else the PostgreSQL database, else a SQLite file beside the site's database (or in ./data for
 * MongoDB).
 */
export async function openSharedStore({
  database,
  redisUrl,
  maxAgeMs,
  maxBytes,
  buildDir,
  log,
}: SharedStoreChoice): Promise<SharedResponseStore> {
  const build = fs.readFileSync(path.join(buildDir, 'BUILD_ID'), 'utf8').trim()
  return resilientStore(await storeFor(database, redisUrl, { build, maxAgeMs, maxBytes }), log)
}

async function storeFor(database: DatabaseTarget, redisUrl: string, options: SharedStoreOptions): Promise<SharedResponseStore> {
  if (redisUrl) return redisResponseStore(redisUrl, sitePrefix(database.url), options)
  if (database.engine === 'postgres') return postgresResponseStore(database.url, options)
  return sqliteFileResponseStore(sharedStoreFile(database), options)
}

/** The SQLite file that keeps rendered responses when neither Redis nor PostgreSQL does. */
export function sharedStoreFile(database: DatabaseTarget): string {
  if (database.engine !== 'sqlite') return path.resolve('data', 'edge-cache.db')
  const file = sqliteFilePath(database.url)
  return path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.edge-cache.db`)
}

/**
 * Empties the shared store of every build: after the demo content is loaded into a new database or a
 * backup restored, pages kept from the database before must not be served. A store that cannot be
 * reached is reported, not fatal (its responses expire on their own).
 */
export async function clearSharedStore(database: DatabaseTarget, redisUrl: string): Promise<void> {
  const store = await storeFor(database, redisUrl, { build: '', maxAgeMs: 1 })
  try {
    await store.purgeAll()
  } catch (error) {
    console.warn(`newsroom: could not clear the shared page cache (${store.kind}): ${(error as Error).message}`)
  } finally {
    await store.close()
  }
}
