import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { adminOnlyField, ownerOrAdminCredentials, ownerOrAdminField } from '@/access/credentials'
import { resetReaderPasswordEmail, resetReaderPasswordSubject } from '@/lib/email/reset-reader-password'
import { verifyReaderEmail, verifyReaderSubject } from '@/lib/email/verify-reader'
import { settings } from '@/lib/config/settings'
import { moderatorsOnly, selfOrAdmin, selfOrModerator } from './access'
import { exportDataEndpoint } from './endpoints/export-data'
import { verifyEmailEndpoint } from './endpoints/verify-email'
import { accountEndpoints } from '@/accounts/endpoints/account-endpoints'
import { NOTIFY_CHOICES } from '@/accounts/domain/notify-choices'
import { forgetReaderComments } from '@/comments/collections/forget-reader-comments'
import { logStaffReaderEdits } from '@/comments/services/moderation-log'

/**
 * Readers who comment: a login of their own, apart from staff. A reader never reaches the admin,
 * drafts or staff data (the staff access rules only ever grant to `users`). The e-mail address is
 * confirmed by a link sent through the e-mail adapter before the first login.
 */
export const Readers: CollectionConfig = {
  slug: 'readers',
  access: {
    admin: () => false,
    create: anyone,
    read: selfOrModerator,
    update: selfOrModerator,
    delete: selfOrAdmin,
    unlock: ({ req }) => req.user?.collection === 'users',
  },
  admin: {
    useAsTitle: 'displayName',
    defaultColumns: ['displayName', 'email', 'trustLevel', 'bannedUntil', 'createdAt'],
    group: 'Community',
  },
  auth: {
    verify: {
      generateEmailSubject: () => verifyReaderSubject(settings.siteName),
      generateEmailHTML: ({ token, user }) =>
        verifyReaderEmail({ siteName: settings.siteName, siteUrl: settings.siteUrl, displayName: user.displayName, token }).html,
    },
    forgotPassword: {
      generateEmailSubject: () => resetReaderPasswordSubject(settings.siteName),
      generateEmailHTML: (args) =>
        resetReaderPasswordEmail({ siteName: settings.siteName, siteUrl: settings.siteUrl, token: String(args?.token ?? '') }).html,
    },
    maxLoginAttempts: settings.loginMaxAttempts,
    lockTime: settings.loginLockMinutes * 60 * 1000,
    tokenExpiration: 60 * 60 * 24 * 14,
    useSessions: true,
    cookies: { sameSite: 'Lax', secure: settings.secureCookies },
  },
  endpoints: [verifyEmailEndpoint, exportDataEndpoint, ...accountEndpoints],
  hooks: {
    beforeOperation: [ownerOrAdminCredentials('readers')],
    beforeDelete: [forgetReaderComments],
    afterChange: [logStaffReaderEdits],
  },
  fields: [
    // Payload's own auth fields, with who may change them (merged into its definitions).
    { name: 'email', type: 'email', required: true, access: { update: ownerOrAdminField } },
    { name: '_verified', type: 'checkbox', access: { create: adminOnlyField, update: adminOnlyField } },
    // No column: its access is what Payload's admin reads to show "Change Password" (owner or admin only).
    {
      name: 'password',
      type: 'text',
      virtual: true,
      hidden: true,
      access: { read: () => false, update: ownerOrAdminField },
    },
    { name: 'displayName', type: 'text', required: true, minLength: 2, maxLength: 60 },
    { name: 'bio', type: 'textarea', maxLength: 500 },
    {
      // The reader's e-mail preference: what the comment form's "Notify of" starts at (src/accounts).
      name: 'notifyDefault',
      type: 'select',
      defaultValue: 'none',
      options: NOTIFY_CHOICES.map((choice) => ({ ...choice })),
    },
    {
      name: 'trustLevel',
      type: 'select',
      defaultValue: 'new',
      options: ['new', 'regular', 'trusted'].map((value) => ({ label: value, value })),
      access: { create: moderatorsOnly, update: moderatorsOnly },
      admin: { position: 'sidebar' },
    },
    {
      type: 'collapsible',
      label: 'Ban or suspension',
      admin: { position: 'sidebar' },
      fields: [
        { name: 'banned', type: 'checkbox', defaultValue: false, access: { create: moderatorsOnly, update: moderatorsOnly } },
        {
          name: 'bannedUntil',
          type: 'date',
          admin: { description: 'A suspension ends on this date; leave empty with "banned" for a permanent ban.' },
          access: { create: moderatorsOnly, update: moderatorsOnly },
        },
        { name: 'banReason', type: 'text', maxLength: 300, access: { create: moderatorsOnly, update: moderatorsOnly } },
      ],
    },
    // "E-mail me a sign-in link": the hash of the one-time token and when it stops working (src/accounts).
    { name: 'signInLinkHash', type: 'text', hidden: true, index: true },
    { name: 'signInLinkExpiresAt', type: 'date', hidden: true },
    {
      name: 'moderatorNotes',
      type: 'textarea',
      maxLength: 2000,
      access: { read: moderatorsOnly, create: moderatorsOnly, update: moderatorsOnly },
      admin: { description: 'Seen by moderators only.' },
    },
  ],
  timestamps: true,
}
