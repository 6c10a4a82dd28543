import type { CollectionConfig } from 'payload'

import { isModerator } from '@/access/is-moderator'
import { MODERATION_EVENT_ACTIONS } from '../domain/moderation-desk'

/**
 * The moderation log: every moderation action, who took it, when and why. Written only by
 * services/moderation-log.ts (the desk's verbs, and staff edits of a comment's status in the
 * admin); nobody edits or deletes it, so it stays a record. Shown on the comment, in the desk's
 * commenter drawer, and as this list staff filter by action, moderator, commenter or article.
 */
export const ModerationEvents: CollectionConfig = {
  slug: 'moderation-events',
  labels: { singular: 'Moderation log entry', plural: 'Moderation log' },
  access: { read: isModerator, create: () => false, update: () => false, delete: () => false },
  admin: {
    group: 'Community',
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'action', 'summary', 'actorName', 'reader', 'reason'],
    listSearchableFields: ['summary', 'reason', 'actorName'],
    description: 'Every moderation action: who, when, what and why. Kept as a record; nobody edits it.',
    pagination: { defaultLimit: 50 },
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      options: MODERATION_EVENT_ACTIONS.map((value) => ({ value, label: value })),
    },
    // "Approved “What a fine article…” by Sam": the list's title, written when the entry is made.
    { name: 'summary', type: 'text' },
    // The name as it was, written with the entry: moderators may read no other staff login, so a
    // column of the relationship showed them "Untitled - ID" for every editor's or admin's action.
    { name: 'actorName', label: 'Moderator', type: 'text', index: true },
    {
      name: 'actor',
      label: 'Moderator’s account',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      admin: { disableListColumn: true, disableListFilter: true },
    },
    { name: 'comment', type: 'relationship', relationTo: 'comments', index: true },
    { name: 'article', type: 'relationship', relationTo: 'articles', index: true },
    { name: 'reader', label: 'Commenter', type: 'relationship', relationTo: 'readers', index: true },
    { name: 'guestEmail', type: 'email', index: true },
    { name: 'reason', type: 'text' },
    {
      type: 'row',
      fields: [
        { name: 'fromStatus', type: 'text' },
        { name: 'toStatus', type: 'text' },
      ],
    },
  ],
  timestamps: true,
}
