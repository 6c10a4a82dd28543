import type { Access, FieldAccess } from 'payload'

import { hasRole, type StaffRole } from './roles'

/** The staff who look after the conversation: moderators, editors and admins. */
export const MODERATING_ROLES: StaffRole[] = ['admin', 'editor', 'moderator']

export const isModerator: Access = ({ req }) => hasRole(req.user, ...MODERATING_ROLES)

/** For fields only moderators may see or set (commenter e-mail, address hash, reasons, bans). */
export const moderatorField: FieldAccess = ({ req }) => hasRole(req.user, ...MODERATING_ROLES)

/** For a collection's `admin.hidden`: a moderating tool, out of the other staff's navigation. */
export const hiddenUnlessModerator = ({ user }: { user: unknown }): boolean =>
  !MODERATING_ROLES.includes((user as { role?: StaffRole } | null)?.role as StaffRole)

/** For fields only hooks and endpoints write (counts, stamps): no request may set them. */
export const systemField: FieldAccess = () => false
