/**
 * Restores a backup made by `npm run backup` into a new, empty database and media folder:
 *   DATABASE_URL=… MEDIA_DIR=… npm run restore -- --from=backups/2026-12-03
 * Checks the dump against the manifest's checksum first, and the restored row counts against the
 * manifest's after; refuses a target database that already has tables (or a SQLite file that exists).
 */
import fs from 'node:fs'
import path from 'node:path'

import { parseDatabaseUrl } from '../src/lib/config/database-url'
import { settings } from '../src/lib/config/settings'
import { clearSharedStore } from '../src/server/shared-stores'
import { arg } from './lib/args'
import { copyFolder, loadDatabase, rowCounts, sha256Of, type Manifest } from './lib/backup'
import { describeTarget } from './lib/env'

const from = arg('from', '')
if (!from || !fs.existsSync(path.join(from, 'manifest.json'))) {
  console.error('newsroom: name a backup folder (one with manifest.json): npm run restore -- --from=backups/<folder>')
  process.exit(1)
}
const target = parseDatabaseUrl(process.env.DATABASE_URL)
const mediaDir = path.resolve(process.env.MEDIA_DIR ?? 'media')
const manifest = JSON.parse(fs.readFileSync(path.join(from, 'manifest.json'), 'utf8')) as Manifest

try {
  if (manifest.engine !== target.engine) throw new Error(`the backup is of ${manifest.engine}, DATABASE_URL is ${target.engine}`)
  const dump = path.join(from, manifest.dump)
  if (sha256Of(dump) !== manifest.sha256) throw new Error(`${dump} does not match the manifest's checksum: the backup is damaged`)
  if (fs.existsSync(mediaDir) && fs.readdirSync(mediaDir).length > 0)
    throw new Error(`the media folder ${mediaDir} is not empty: restore into a new one`)
  await loadDatabase(target, dump)
  const mediaFiles = copyFolder(path.join(from, 'media'), mediaDir)
  const counts = await rowCounts(target)
  const differ = Object.entries(manifest.counts).filter(([table, n]) => counts[table] !== n)
  if (differ.length > 0)
    throw new Error(
      `restored counts differ from the backup's: ${differ.map(([table, n]) => `${table} ${counts[table]} ≠ ${n}`).join(', ')}`,
    )
  if (mediaFiles !== manifest.mediaFiles) throw new Error(`restored ${mediaFiles} media files, the backup has ${manifest.mediaFiles}`)
  // Pages kept from the content before the restore must not be served.
  await clearSharedStore(target, settings.redisUrl)
  console.log(
    `newsroom: restored ${from} (${manifest.createdAt}) into ${describeTarget(target)} and ${mediaDir}: counts and ${mediaFiles} media files match`,
  )
} catch (error) {
  console.error(`newsroom: restore failed: ${(error as Error).message}`)
  process.exit(1)
}
