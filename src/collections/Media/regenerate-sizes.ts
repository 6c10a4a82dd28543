import fs from 'node:fs/promises'
import path from 'node:path'
import type { ImageSize, Payload } from 'payload'

import { settings } from '@/lib/config/settings'
import type { Media } from '@/payload-types'

type SizeName = keyof NonNullable<Media['sizes']>
type StoredSize = { filename?: string | null; mimeType?: string | null } | null | undefined

export type RegenerateProgress = { done: number; total: number; regenerated: number }
export type RegenerateOutcome = {
  checked: number
  regenerated: number
  failed: { id: string; filename: string; message: string }[]
}

/**
 * The sizes an upload should have under the collection's `imageSizes` but lacks: sizes added to the
 * config after it was uploaded, sizes made in an older format (JPEG before WebP), files gone from
 * the disk. A size Payload does not make for an upload that small is not a lack.
 */
export async function staleSizes(doc: Media, sizes: ImageSize[], staticDir: string): Promise<SizeName[]> {
  const stale: SizeName[] = []
  for (const size of sizes) {
    const name = size.name as SizeName
    const stored: StoredSize = doc.sizes?.[name]
    if (!stored?.filename) {
      if (isMadeFor(doc, size)) stale.push(name)
      continue
    }
    const format = size.formatOptions?.format
    const onDisk = await fs.stat(path.join(staticDir, stored.filename)).then(
      () => true,
      () => false,
    )
    if (!onDisk || (format && stored.mimeType !== `image/${format}`)) stale.push(name)
  }
  return stale
}

/**
 * Whether Payload makes this size for an upload of this shape: always with `withoutEnlargement: true`
 * (at most the upload's own size); otherwise only when the upload is at least as large, since by
 * default a size larger than the upload is not made (null).
 */
function isMadeFor(doc: Media, size: ImageSize): boolean {
  if (size.withoutEnlargement === true) return true
  return (doc.width ?? 0) >= (size.width ?? 0) && (doc.height ?? 0) >= (size.height ?? 0)
}

/**
 * Makes the image sizes again for uploads that lack some (or for all, `everything`): the original is
 * uploaded over itself (same file name), so Payload's own pipeline makes every size with sharp, as
 * for a new upload, around the same focal point; size files the new ones replace are deleted. One
 * upload at a time: sharp on a large original is memory-hungry. Uploads on object storage are not
 * on this disk: the caller is told, and nothing is changed.
 */
export async function regenerateImageSizes(
  payload: Payload,
  options: { everything?: boolean; onProgress?: (progress: RegenerateProgress) => void } = {},
): Promise<RegenerateOutcome> {
  const collection = payload.collections.media.config
  const upload = collection.upload
  if (!upload.staticDir) throw new Error('The media collection has no upload folder.')
  // With object storage (src/plugins/media-storage.ts) the files are not on this disk.
  if (settings.s3.bucket)
    throw new Error('Uploads are on object storage (S3_BUCKET): regenerate their sizes where the files are; this script reads the disk.')
  const staticDir = upload.staticDir
  const sizes = upload.imageSizes ?? []
  const outcome: RegenerateOutcome = { checked: 0, regenerated: 0, failed: [] }
  const total = (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs
  for (let page = 1, more = true; more; page++) {
    const batch = await payload.find({ collection: 'media', page, limit: 50, sort: 'createdAt', depth: 0, overrideAccess: true })
    more = batch.hasNextPage
    for (const doc of batch.docs) {
      outcome.checked++
      try {
        if (!doc.filename || !doc.mimeType?.startsWith('image/')) continue
        if (!options.everything && (await staleSizes(doc, sizes, staticDir)).length === 0) continue
        await remake(payload, doc, staticDir)
        outcome.regenerated++
      } catch (error) {
        outcome.failed.push({ id: doc.id, filename: doc.filename ?? '', message: error instanceof Error ? error.message : String(error) })
      } finally {
        options.onProgress?.({ done: outcome.checked, total, regenerated: outcome.regenerated })
      }
    }
  }
  return outcome
}

async function remake(payload: Payload, doc: Media, staticDir: string): Promise<void> {
  const filename = doc.filename!
  const data = await fs.readFile(path.join(staticDir, filename))
  const before = sizeFiles(doc)
  const after = await payload.update({
    collection: 'media',
    id: doc.id,
    data: {},
    file: { data, mimetype: doc.mimeType!, name: filename, size: data.length },
    overwriteExistingFiles: true,
    overrideAccess: true,
    depth: 0,
  })
  if (after.filename !== filename) throw new Error(`the upload was renamed to ${after.filename}`)
  const kept = new Set(sizeFiles(after))
  for (const old of before) {
    if (!kept.has(old) && old !== filename) await fs.rm(path.join(staticDir, old), { force: true })
  }
}

const sizeFiles = (doc: Media): string[] =>
  Object.values(doc.sizes ?? {})
    .map((size: StoredSize) => size?.filename)
    .filter((name): name is string => Boolean(name))
