import type { Access } from 'payload'

import { hasRole } from './roles'

/** Admins manage every staff login; everyone else only their own. */
export const adminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (req.user?.collection === 'users') return { id: { equals: req.user.id } }
  return false
}
