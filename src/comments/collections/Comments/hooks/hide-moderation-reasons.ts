import type { CollectionAfterReadHook } from 'payload'

import { hasRole } from '@/access/roles'
import { MODERATING_ROLES } from '@/access/is-moderator'

/**
 * `moderationReasons` is for moderators (its field access strips the rows), but Payload puts an
 * empty array back in place of an array field it stripped, so the field's name still showed in
 * public answers. Nobody else is told that it exists.
 */
export const hideModerationReasons: CollectionAfterReadHook = ({ doc, req, overrideAccess }) => {
  if (overrideAccess || hasRole(req.user, ...MODERATING_ROLES)) return doc
  if (doc && typeof doc === 'object' && 'moderationReasons' in doc) delete (doc as { moderationReasons?: unknown }).moderationReasons
  return doc
}
