import type { Access, FieldAccess, Where } from 'payload'

import { hasRole } from '../../access/roles'

const moderators = ['admin', 'editor', 'moderator'] as const

/** Moderators, editors and admins look after readers; a reader sees and edits only themselves. */
export const selfOrModerator: Access = ({ req }) => {
  if (hasRole(req.user, ...moderators)) return true
  if (req.user?.collection === 'readers') {
    const self: Where = { id: { equals: req.user.id } }
    return self
  }
  return false
}

export const selfOrAdmin: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (req.user?.collection === 'readers') {
    const self: Where = { id: { equals: req.user.id } }
    return self
  }
  return false
}

/** Trust, bans and notes are set by moderators only, never by the reader. */
export const moderatorsOnly: FieldAccess = ({ req }) => hasRole(req.user, ...moderators)
