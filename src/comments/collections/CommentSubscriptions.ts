import type { Access, CollectionConfig, Where } from 'payload'

import { isModerator, moderatorField, systemField } from '@/access/is-moderator'
import { hasRole } from '@/access/roles'
import { MODERATING_ROLES } from '@/access/is-moderator'
import { subscriptionEndpoints } from '../endpoints/subscriptions'

/** Moderators see every subscription; a reader sees and deletes their own, here in one place. */
const ownOrModerator: Access = ({ req }) => {
  if (hasRole(req.user, ...MODERATING_ROLES)) return true
  if (req.user?.collection !== 'readers') return false
  const own: Where = { reader: { equals: req.user.id } }
  return own
}

/**
 * "Notify of": an address that wants mail about an article's new comments (`article`) or about
 * replies to its own comments there (`replies`). Double opt-in: guests' subscriptions stay pending
 * until the signed link in the confirmation mail is followed (a signed-in reader's address was
 * confirmed when they signed up). Mail goes out from the job queue, at most one per interval.
 */
export const CommentSubscriptions: CollectionConfig = {
  slug: 'comment-subscriptions',
  access: { read: ownOrModerator, create: () => false, update: isModerator, delete: ownOrModerator },
  admin: { group: 'Community', defaultColumns: ['email', 'article', 'scope', 'status', 'lastSentAt'] },
  defaultSort: '-createdAt',
  endpoints: subscriptionEndpoints,
  indexes: [{ fields: ['article', 'email', 'scope'], unique: true }],
  fields: [
    { name: 'article', type: 'relationship', relationTo: 'articles', required: true, index: true, access: { update: systemField } },
    { name: 'email', type: 'email', required: true, index: true, access: { update: systemField } },
    { name: 'reader', type: 'relationship', relationTo: 'readers', index: true, access: { update: systemField } },
    {
      name: 'scope',
      type: 'select',
      required: true,
      options: [
        { value: 'article', label: 'All new comments' },
        { value: 'replies', label: 'Replies to my comments' },
      ],
      access: { update: systemField },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: ['pending', 'active', 'unsubscribed'].map((value) => ({ value, label: value })),
    },
    { name: 'confirmedAt', type: 'date', access: { update: systemField } },
    { name: 'confirmationSentAt', type: 'date', access: { update: systemField } },
    {
      name: 'notifiedThrough',
      type: 'date',
      admin: { description: 'Comments approved up to here have been sent.' },
      access: { update: systemField },
    },
    { name: 'lastSentAt', type: 'date', access: { update: systemField } },
    { name: 'digestDueAt', type: 'date', admin: { description: 'A mail is queued for this time.' }, access: { update: systemField } },
    { name: 'ipHash', type: 'text', index: true, access: { read: moderatorField, update: systemField } },
  ],
  timestamps: true,
}
