import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditor } from '@/access/is-editor'
import { isNewsroomWriter } from '@/access/is-newsroom-writer'
import { purgeDocumentCache } from '@/hooks/purge-cache'
import { cacheTags } from '@/lib/cache/tags'
import { settings } from '@/lib/config/settings'
import { missingFileIs404 } from './handlers/missing-file'

/**
 * Raster images only. SVG and HTML can carry script that would run on our origin, so they are not
 * on the list; Payload checks the list against the file's sniffed type, not the name or the header.
 */
export const ALLOWED_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']

const purge = purgeDocumentCache('media', cacheTags.media)
const WEBP = { format: 'webp', options: { quality: 78 } } as const
// MEDIA_DIR lets tests and deployments keep uploads elsewhere; `media/` is the default.
const staticDir = path.resolve(process.cwd(), settings.mediaDir)

export const Media: CollectionConfig = {
  hooks: { afterChange: [purge.afterChange], afterDelete: [purge.afterDelete] },
  slug: 'media',
  access: { read: anyone, create: isNewsroomWriter, update: isNewsroomWriter, delete: isEditor },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'], group: 'Newsroom' },
  upload: {
    staticDir,
    // With object storage (src/plugins/media-storage.ts) the adapter answers missing files itself.
    handlers: settings.s3.bucket ? [] : [missingFileIs404(staticDir)],
    mimeTypes: ALLOWED_IMAGE_TYPES,
    focalPoint: true,
    // Two shapes: 16:9 crops for story cards (around the focal point) and the uncropped picture
    // for an article's hero, each at the widths a srcset picks from (src/lib/media/responsive.ts).
    // A crop larger than the upload is not made (null); an uncropped size keeps the upload's width.
    // Made as WebP by sharp: a third to a half of the JPEG's bytes; the original stays for feeds
    // and social cards.
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 180, position: 'centre', formatOptions: WEBP },
      { name: 'card', width: 720, height: 405, position: 'centre', formatOptions: WEBP },
      { name: 'wide', width: 1440, height: 810, position: 'centre', formatOptions: WEBP },
      { name: 'heroSmall', width: 720, withoutEnlargement: true, formatOptions: WEBP },
      { name: 'hero', width: 1440, withoutEnlargement: true, formatOptions: WEBP },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      maxLength: 300,
      admin: { description: 'Describe the image for readers who cannot see it.' },
    },
    { name: 'caption', type: 'text', maxLength: 300 },
    { name: 'credit', type: 'text', maxLength: 120 },
  ],
}
