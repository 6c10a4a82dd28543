import type { Access } from 'payload'

import { staffRole } from './roles'

/** Any logged-in staff member, whatever the role. Readers are not staff. */
export const isStaff: Access = ({ req }) => staffRole(req.user) !== null
