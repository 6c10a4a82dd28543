import type { Access, Where } from 'payload'

import { hasRole } from '@/access/roles'
import { MODERATING_ROLES } from '@/access/is-moderator'

/**
 * The public reads approved comments; a reader also reads their own that wait for review.
 * Moderators read everything. Spam, rejected and removed comments never reach the public API (the
 * thread endpoint shows removed ones with replies as empty placeholders).
 */
export const readComments: Access = ({ req }) => {
  if (hasRole(req.user, ...MODERATING_ROLES)) return true
  const approved: Where = { status: { equals: 'approved' } }
  if (req.user?.collection !== 'readers') return approved
  const approvedOrOwnPending: Where = { or: [approved, { and: [{ author: { equals: req.user.id } }, { status: { equals: 'pending' } }] }] }
  return approvedOrOwnPending
}

/** A reader edits their own comment (the edit hook enforces the window); moderators edit any. */
export const updateComments: Access = ({ req }) => {
  if (hasRole(req.user, ...MODERATING_ROLES)) return true
  if (req.user?.collection !== 'readers') return false
  const own: Where = { and: [{ author: { equals: req.user.id } }, { status: { in: ['approved', 'pending'] } }] }
  return own
}
