import fs from 'node:fs/promises'
import path from 'node:path'
import type { UploadConfig } from 'payload'

type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

/**
 * Runs before Payload serves a file from `staticDir`: a name that resolves outside the folder gets a
 * 400 and a file that is not there a 404. (Payload answers a missing file with a 500, and since media
 * are public, any visitor could make the service log errors by asking for names that do not exist.)
 */
export function missingFileIs404(staticDir: string): UploadHandler {
  const root = path.resolve(staticDir)
  const handler = async (...[, { params }]: Parameters<UploadHandler>): Promise<Response | undefined> => {
    const file = path.resolve(root, params.filename)
    if (!file.startsWith(root + path.sep)) {
      return Response.json({ errors: [{ message: 'Invalid file name: it must name a file in the media folder.' }] }, { status: 400 })
    }
    const found = await fs.stat(file).then(
      (stats) => stats.isFile(),
      () => false,
    )
    if (!found) return Response.json({ errors: [{ message: `No media file is named "${params.filename}".` }] }, { status: 404 })
    return undefined // there: Payload serves it
  }
  return handler as UploadHandler
}
