import type { CollectionBeforeDeleteHook } from 'payload'

import { forgetReader } from '../services/reader-data'

/** Runs before the row goes, while the comments still point at it. */
export const forgetReaderComments: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await forgetReader(req, String(id))
}
