import type { Access, Where } from 'payload'

import { staffRole } from '@/access/roles'

/**
 * Editors and admins edit any article. Authors edit their own work only while it is unpublished;
 * once an editor has published it, changes go through an editor. Moderators never edit articles.
 * Publishing is for editors: asked about `_status: 'published'` — as Payload's admin asks before it
 * shows "Publish" and "Schedule Publish", and before it accepts a schedule — an author is told no,
 * so the controls are not shown and a schedule is refused when it is set, not when it would fire.
 */
export const canUpdateArticle: Access = ({ req, data }) => {
  const role = staffRole(req.user)
  if (role === 'admin' || role === 'editor') return true
  if (role === 'author' && req.user) {
    if ((data as { _status?: unknown } | undefined)?._status === 'published') return false
    const ownUnpublished: Where = {
      and: [{ createdBy: { equals: req.user.id } }, { _status: { not_equals: 'published' } }],
    }
    return ownUnpublished
  }
  return false
}
