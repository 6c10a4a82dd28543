import type { PayloadRequest } from 'payload'

import type { Article } from '@/payload-types'

/**
 * The published version readers see now (null if none), for hooks that compare a publish with it
 * rather than with the latest draft: in the admin, autosave has saved the change as a draft before
 * the editor presses "Publish changes".
 */
export async function livePublishedVersion(req: PayloadRequest, id: Article['id']): Promise<Article | null> {
  return req.payload.findByID({ collection: 'articles', id, draft: false, depth: 0, overrideAccess: true, req, disableErrors: true })
}
