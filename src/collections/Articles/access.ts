import type { Access, Where } from 'payload'

import { staffRole } from '@/access/roles'

/**
 * Editors and admins edit any article. Authors edit their own work only while it is unpublished;
 * once an editor has published it, changes go through an editor. Moderators never edit articles.
 */
export const canUpdateArticle: Access = ({ req }) => {
  const role = staffRole(req.user)
  if (role === 'admin' || role === 'editor') return true
  if (role === 'author' && req.user) {
    const ownUnpublished: Where = {
      and: [{ createdBy: { equals: req.user.id } }, { _status: { not_equals: 'published' } }],
    }
    return ownUnpublished
  }
  return false
}
