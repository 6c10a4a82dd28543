import { s3Storage } from '@payloadcms/storage-s3'
import type { Config, Plugin, UploadConfig } from 'payload'

type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

import { settings } from '../lib/config/settings'

/**
 * Media in S3-compatible object storage (AWS S3, MinIO, Ceph, R2…) when S3_BUCKET is set, through
 * Payload's own adapter; otherwise files stay in the local media folder. Uploads go to the bucket
 * after the document is written but inside its transaction, so when the store is down the upload
 * fails as a whole and no media document is left without its file (the error is a 503:
 * src/lib/requests/explain-error.ts). Files are still served through /api/media/file/… with
 * Payload's access control.
 */
export function mediaStorage(): Plugin[] {
  const { bucket, endpoint, region, accessKeyId, secretAccessKey, forcePathStyle } = settings.s3
  return [
    s3Storage({
      enabled: Boolean(bucket),
      // The adapter's own field (`_objectKey`) is in the schema either way, so one set of migrations
      // serves local and object storage, and a site can move to a bucket without a schema change.
      alwaysInsertFields: true,
      bucket,
      collections: { media: true },
      config: {
        endpoint,
        region,
        forcePathStyle,
        credentials: accessKeyId ? { accessKeyId, secretAccessKey } : undefined,
        // Checksums only where S3 asks for them: other S3-compatible servers do not all speak the
        // SDK's newer default (aws-chunked bodies with trailing checksums).
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        maxAttempts: 2,
      },
    }),
    ...(bucket ? [storeDownIs503] : []),
  ]
}

/**
 * The adapter answers any failure to read a file from the store with a bare 500; a store that is
 * down is a 503 with a message (and Retry-After, added at the edge) like any other outage.
 */
const storeDownIs503: Plugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) => {
    if (collection.slug !== 'media' || typeof collection.upload !== 'object' || !collection.upload.handlers) return collection
    return {
      ...collection,
      upload: {
        ...collection.upload,
        handlers: collection.upload.handlers.map(
          (handler) =>
            (async (...args: Parameters<UploadHandler>): Promise<Response | void> => {
              const response = await handler(...args)
              if (!response || response.status !== 500) return response
              return Response.json(
                { errors: [{ message: 'Media storage is unavailable for a moment: retry after the number of seconds in Retry-After.' }] },
                { status: 503 },
              )
            }) as UploadHandler,
        ),
      },
    }
  }),
})
