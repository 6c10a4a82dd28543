import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'

import { parseDatabaseUrl, sqliteFilePath } from '../lib/config/database-url'
import { settings } from '@/lib/config/settings'

const migrationsRoot = path.resolve(process.cwd(), 'src/migrations')

/**
 * One adapter per engine, chosen by DATABASE_URL. SQL engines never push schema: the committed
 * migrations (one folder per adapter, applied by `npm run migrate` and by `npm start`) are the only
 * way the schema changes, in every environment.
 * IDs are UUIDs on the SQL engines so that every engine hands out string IDs (Mongo's are ObjectIds)
 * and IDs of comments and readers cannot be enumerated.
 */
export function databaseAdapter(rawUrl = settings.databaseUrl): DatabaseAdapterObj {
  const target = parseDatabaseUrl(rawUrl)
  switch (target.engine) {
    case 'sqlite': {
      fs.mkdirSync(path.dirname(path.resolve(sqliteFilePath(target.url))), { recursive: true })
      return sqliteAdapter({
        client: { url: target.url },
        idType: 'uuid',
        push: false,
        wal: true,
        busyTimeout: 5_000,
        migrationDir: path.join(migrationsRoot, 'sqlite'),
      })
    }
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: target.url, max: settings.databasePoolMax },
        // Reads are routed by src/db/read-replicas.ts; Payload's own window after a write matches ours.
        readReplicas: settings.readReplicas.length > 0 ? settings.readReplicas : undefined,
        readReplicasAfterWriteInterval: settings.readPrimaryAfterWriteMs,
        idType: 'uuid',
        push: false,
        migrationDir: path.join(migrationsRoot, 'postgres'),
      })
    case 'mongodb':
      return mongooseAdapter({ url: target.url })
  }
}
