import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/is-admin'
import { isModerator } from '@/access/is-moderator'
import { ADMIN_DATE_FORMAT } from '@/fields/date-format'
import { REPORT_REASONS } from '../domain/report-reasons'

/**
 * Reader reports, one per reader and comment. Enough open ones send a published comment back to
 * review (comment settings, "reports to hold"). Moderators read them beside the comment; approving
 * the comment dismisses them.
 */
export const CommentReports: CollectionConfig = {
  slug: 'comment-reports',
  access: { read: isModerator, create: () => false, update: () => false, delete: isAdmin },
  admin: { group: 'Community', defaultColumns: ['comment', 'reason', 'reporter', 'createdAt', 'dismissedAt'] },
  defaultSort: '-createdAt',
  indexes: [{ fields: ['comment', 'reporter'], unique: true }],
  fields: [
    { name: 'comment', type: 'relationship', relationTo: 'comments', required: true, index: true },
    { name: 'reporter', type: 'relationship', relationTo: 'readers', required: true, index: true },
    { name: 'reason', type: 'select', required: true, options: REPORT_REASONS.map((value) => ({ value, label: value })) },
    { name: 'text', type: 'textarea', maxLength: 1000 },
    {
      // Set when a moderator approves the comment: the report was looked at and answered. Dismissed
      // reports stay on record but no longer count (reportCount) or hold the comment.
      name: 'dismissedAt',
      type: 'date',
      index: true,
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: ADMIN_DATE_FORMAT } },
    },
    { name: 'dismissedBy', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
  ],
  timestamps: true,
}
