import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '@/access/admin-or-self'
import { ownerOrAdminCredentials } from '@/access/credentials'
import { notVerifiedByEmail } from '@/graphql/payload-repairs'
import { isAdmin, isAdminField } from '@/access/is-admin'
import { hasRole, STAFF_ROLES } from '@/access/roles'
import { settings } from '@/lib/config/settings'
import { firstUserIsAdmin } from './hooks/first-user-is-admin'

/** Lockout after this many failed logins in a row, for `LOCK_MINUTES`. */
export const MAX_LOGIN_ATTEMPTS = settings.loginMaxAttempts
export const LOCK_MINUTES = settings.loginLockMinutes

/** Staff logins. Readers who comment are a separate auth collection and never log in here. */
export const Users: CollectionConfig = {
  slug: 'users',
  access: {
    admin: ({ req }) => req.user?.collection === 'users',
    create: isAdmin,
    read: ({ req }) => (hasRole(req.user, 'admin', 'editor') ? true : adminOrSelf({ req })),
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'updatedAt'],
    group: 'Newsroom',
  },
  auth: {
    maxLoginAttempts: MAX_LOGIN_ATTEMPTS,
    lockTime: LOCK_MINUTES * 60 * 1000,
    tokenExpiration: 60 * 60 * 8,
    useSessions: true,
    cookies: {
      sameSite: 'Lax',
      secure: settings.secureCookies,
    },
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'role',
      type: 'select',
      // Not `required` with a default: GraphQL create mutations would then demand it.
      defaultValue: 'author',
      options: STAFF_ROLES.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField, read: () => true },
      admin: { position: 'sidebar', description: 'Only admins change roles.' },
    },
  ],
  // Staff logins are not verified by e-mail: Payload's own route looked for a token column that is not there (a 500).
  endpoints: [
    {
      path: '/verify/:token',
      method: 'post',
      handler: () => {
        throw notVerifiedByEmail('users')
      },
    },
  ],
  hooks: {
    beforeOperation: [ownerOrAdminCredentials('users')],
    beforeChange: [firstUserIsAdmin],
  },
  timestamps: true,
}
