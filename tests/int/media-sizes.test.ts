import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { regenerateImageSizes, staleSizes } from '@/collections/Media/regenerate-sizes'
import type { Media } from '@/payload-types'
import { gradientImage } from '@/seed/images'
import { testPayload, unique } from './helpers/payload'

/**
 * `npm run media:regenerate-sizes` (src/collections/Media/regenerate-sizes.ts) on real uploads: an
 * upload from before a size existed, or with a size in the old format, gets Payload's sizes again,
 * under its own name; the files they replace go; an upload already complete is left alone.
 */
let payload: Payload
let staticDir: string

beforeAll(async () => {
  payload = await testPayload()
  staticDir = payload.collections.media.config.upload.staticDir!
})

async function upload(width: number, height: number): Promise<Media> {
  const data = await gradientImage(['#204060', '#e0c080'], 3, width, height)
  return payload.create({
    collection: 'media',
    data: { alt: 'A regeneration probe', caption: 'Kept as it was' },
    file: { data, mimetype: 'image/jpeg', name: `${unique('sizes')}.jpg`, size: data.length },
    overrideAccess: true,
  })
}

const onDisk = (filename: string | null | undefined) => Boolean(filename) && fs.existsSync(path.join(staticDir, filename!))

describe('regenerating image sizes', () => {
  it('remakes a size that is missing and one in the old format, and removes the file it replaced', async () => {
    const doc = await upload(1600, 900)
    const sizes = payload.collections.media.config.upload.imageSizes ?? []
    expect(await staleSizes(doc, sizes, staticDir)).toEqual([])
    // As an upload made before the 720 px crop existed and when sizes were JPEG: the crop is not
    // there, and the thumbnail is a JPEG file.
    const oldThumbnail = doc.sizes!.thumbnail!.filename!.replace(/\.webp$/, '.jpg')
    fs.copyFileSync(path.join(staticDir, doc.sizes!.thumbnail!.filename!), path.join(staticDir, oldThumbnail))
    fs.rmSync(path.join(staticDir, doc.sizes!.card!.filename!))
    fs.rmSync(path.join(staticDir, doc.sizes!.thumbnail!.filename!))
    const none = { url: null, width: null, height: null, mimeType: null, filesize: null, filename: null }
    await payload.db.updateOne({
      collection: 'media',
      id: doc.id,
      data: { sizes: { ...doc.sizes, card: none, thumbnail: { ...doc.sizes!.thumbnail, filename: oldThumbnail, mimeType: 'image/jpeg' } } },
    })
    const old = await payload.findByID({ collection: 'media', id: doc.id, depth: 0, overrideAccess: true })
    // heroSmall of a 1600 × 900 upload is 720 × 405 too: the same file as the crop, so gone with it.
    expect(await staleSizes(old, sizes, staticDir)).toEqual(['thumbnail', 'card', 'heroSmall'])

    const outcome = await regenerateImageSizes(payload)
    expect(outcome.failed.filter((failure) => failure.id === doc.id)).toEqual([])
    const remade = await payload.findByID({ collection: 'media', id: doc.id, depth: 0, overrideAccess: true })
    expect(remade.filename).toBe(doc.filename)
    expect(remade.caption).toBe('Kept as it was')
    expect(remade.sizes?.card).toMatchObject({ width: 720, height: 405, mimeType: 'image/webp' })
    expect(remade.sizes?.thumbnail).toMatchObject({ width: 320, height: 180, mimeType: 'image/webp' })
    for (const size of Object.values(remade.sizes ?? {})) expect(onDisk(size?.filename), size?.filename ?? '').toBe(true)
    expect(onDisk(oldThumbnail)).toBe(false)
    expect(onDisk(doc.filename)).toBe(true)
    expect(await staleSizes(remade, sizes, staticDir)).toEqual([])
  })

  it('leaves complete uploads alone, and a small one lacks no crop larger than itself', async () => {
    const small = await upload(400, 300)
    // 400 × 300 is too small for the 720 × 405 and 1440 × 810 crops: Payload does not make them.
    expect(small.sizes?.card?.filename ?? null).toBeNull()
    expect(await staleSizes(small, payload.collections.media.config.upload.imageSizes ?? [], staticDir)).toEqual([])
    await regenerateImageSizes(payload)
    const after = await payload.findByID({ collection: 'media', id: small.id, depth: 0, overrideAccess: true })
    expect(after.updatedAt).toBe(small.updatedAt)
  })
})
