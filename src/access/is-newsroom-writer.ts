import type { Access } from 'payload'

import { hasRole } from './roles'

/** Those who write for the newsroom: admins, editors and authors (not moderators). */
export const isNewsroomWriter: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'author')
