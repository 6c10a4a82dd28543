import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/access/roles'
import type { Article } from '@/payload-types'

/** Only editors and admins publish; an author's attempt is refused, not silently saved as a draft. */
export const guardPublishing: CollectionBeforeChangeHook<Article> = ({ data, req }) => {
  const publishing = data._status === 'published'
  if (publishing && req.user && !hasRole(req.user, 'admin', 'editor')) {
    throw new APIError('Only editors can publish articles: save it as a draft and mark it ready for review.', 403, undefined, true)
  }
  return data
}
