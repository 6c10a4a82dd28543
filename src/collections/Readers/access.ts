import type { Access, FieldAccess, Where } from 'payload'

import { hasRole, type StaffRole } from '@/access/roles'

const moderators: StaffRole[] = ['admin', 'editor', 'moderator']

/** The given staff roles see every reader; a reader sees only themselves. */
function selfOr(...roles: StaffRole[]): Access {
  return ({ req }) => {
    if (hasRole(req.user, ...roles)) return true
    if (req.user?.collection !== 'readers') return false
    const self: Where = { id: { equals: req.user.id } }
    return self
  }
}

/** Moderators, editors and admins look after readers; a reader sees and edits only themselves. */
export const selfOrModerator = selfOr(...moderators)

export const selfOrAdmin = selfOr('admin')

/** Trust, bans and notes are set by moderators only, never by the reader. */
export const moderatorsOnly: FieldAccess = ({ req }) => hasRole(req.user, ...moderators)
