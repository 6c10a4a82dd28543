import type { Access } from 'payload'

import { hasRole } from './roles'

/** Editors and admins: the people who publish. */
export const isEditor: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')
