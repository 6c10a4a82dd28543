import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/is-admin'
import { isModerator } from '@/access/is-moderator'

/**
 * One vote per voter and comment (a unique pair), changed in place. Voters are `reader:<id>` or
 * `guest:<id>` from a signed guest token. Written only by `POST /api/comments/:id/vote`; the
 * totals on each comment are recounted from these rows.
 */
export const CommentVotes: CollectionConfig = {
  slug: 'comment-votes',
  access: { read: isModerator, create: () => false, update: () => false, delete: isAdmin },
  admin: { group: 'Community', hidden: true },
  indexes: [{ fields: ['comment', 'voter'], unique: true }],
  fields: [
    { name: 'comment', type: 'relationship', relationTo: 'comments', required: true, index: true },
    { name: 'voter', type: 'text', required: true, index: true },
    { name: 'value', type: 'number', required: true, min: -1, max: 1 },
  ],
  timestamps: true,
}
