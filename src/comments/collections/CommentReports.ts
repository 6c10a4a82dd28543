import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/is-admin'
import { isModerator } from '@/access/is-moderator'

export const REPORT_REASONS = ['spam', 'abuse', 'off-topic', 'other'] as const

/**
 * Reader reports, one per reader and comment. Enough of them send a published comment back to
 * review (comment settings, "reports to hold"). Moderators read them beside the comment.
 */
export const CommentReports: CollectionConfig = {
  slug: 'comment-reports',
  access: { read: isModerator, create: () => false, update: () => false, delete: isAdmin },
  admin: { group: 'Community', defaultColumns: ['comment', 'reason', 'reporter', 'createdAt'] },
  defaultSort: '-createdAt',
  indexes: [{ fields: ['comment', 'reporter'], unique: true }],
  fields: [
    { name: 'comment', type: 'relationship', relationTo: 'comments', required: true, index: true },
    { name: 'reporter', type: 'relationship', relationTo: 'readers', required: true, index: true },
    { name: 'reason', type: 'select', required: true, options: REPORT_REASONS.map((value) => ({ value, label: value })) },
    { name: 'text', type: 'textarea', maxLength: 1000 },
  ],
  timestamps: true,
}
