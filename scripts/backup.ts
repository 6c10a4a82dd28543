/**
 * Backs up the database and the uploads into a new folder, while the service keeps running:
 *   npm run backup -- --out=backups/2026-12-03
 * DATABASE_URL and MEDIA_DIR say what to back up (as for the service). The folder holds
 * manifest.json, the database dump and media/; `npm run restore` puts it back (docs in README).
 */
import fs from 'node:fs'
import path from 'node:path'

import { parseDatabaseUrl } from '../src/lib/config/database-url'
import { arg } from './lib/args'
import { copyFolder, dumpDatabase, rowCounts, sha256Of, type Manifest } from './lib/backup'
import { describeTarget } from './lib/env'

const out = arg('out', path.join('backups', new Date().toISOString().replace(/[:.]/g, '-')))
const target = parseDatabaseUrl(process.env.DATABASE_URL)
const mediaDir = path.resolve(process.env.MEDIA_DIR ?? 'media')

if (fs.existsSync(out) && fs.readdirSync(out).length > 0) {
  console.error(`newsroom: ${out} is not empty: back up into a new folder.`)
  process.exit(1)
}
fs.mkdirSync(out, { recursive: true })
const started = performance.now()
try {
  const dump = await dumpDatabase(target, out)
  const manifest: Manifest = {
    createdAt: new Date().toISOString(),
    engine: target.engine,
    dump,
    sha256: sha256Of(path.join(out, dump)),
    counts: await rowCounts({ ...target, url: target.engine === 'sqlite' ? `file:${path.resolve(out, dump)}` : target.url }),
    mediaFiles: copyFolder(mediaDir, path.join(out, 'media')),
  }
  fs.writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  console.log(
    `newsroom: backed up ${describeTarget(target)} and ${manifest.mediaFiles} media files into ${out} ` +
      `(${
        Object.entries(manifest.counts)
          .map(([table, n]) => `${n} ${table}`)
          .join(', ') || 'counts not read for MongoDB'
      }; ${Math.round(performance.now() - started)} ms)`,
  )
} catch (error) {
  console.error(`newsroom: backup failed: ${(error as Error).message}`)
  process.exit(1)
}
