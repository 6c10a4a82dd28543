import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/is-admin'
import { hiddenUnlessModerator, moderatorField, systemField } from '@/access/is-moderator'
import { renderCommentHtml } from '@/comments/domain'
import { readComments, updateComments } from './access'
import { commentEndpoints } from '@/comments/endpoints/comments'
import { checkEdit } from './hooks/check-edit'
import { hideModerationReasons } from './hooks/hide-moderation-reasons'
import { keepCountsAfterChange, keepCountsAfterDelete } from './hooks/keep-counts'
import { applyDecision } from './hooks/apply-decision'
import { protectThreads } from './hooks/protect-threads'
import { logStaffCommentEdits } from '@/comments/services/moderation-log'
import { notifySubscribers, publishLiveChange, purgeCommentCache, sendCommentWebhooks } from './hooks/fan-out'
import { signedInReader } from '@/access/signed-in-reader'

const authorIdOf = (doc: { author?: unknown } | undefined) =>
  typeof doc?.author === 'object' && doc.author ? (doc.author as { id: string }).id : (doc?.author as string | undefined)

const counter = (name: string, label: string) =>
  ({
    name,
    label,
    type: 'number',
    defaultValue: 0,
    index: name === 'score' || name === 'replyCount',
    access: { create: systemField, update: systemField },
    admin: { readOnly: true },
  }) as const

/**
 * Reader comments. Written through `POST /api/comments` (and GraphQL `postComment`), which add
 * idempotency and rate limits; the posting service decides and `applyDecision` stores the decision.
 * Text only: HTML is never stored, and `html` is the text rendered safe, links `nofollow ugc`.
 */
export const Comments: CollectionConfig = {
  slug: 'comments',
  access: {
    read: readComments,
    // Only through the endpoints above (which write with the checks on), never the bare REST create.
    create: () => false,
    update: updateComments,
    delete: isAdmin,
  },
  admin: {
    group: 'Community',
    useAsTitle: 'excerpt',
    defaultColumns: ['excerpt', 'article', 'status', 'reportCount', 'author', 'guestName', 'createdAt'],
    listSearchableFields: ['body', 'guestName'],
    description:
      'The moderation queue: filter on status "pending" or sort by reports; select rows and use Edit to approve, reject or mark spam in bulk.',
    pagination: { defaultLimit: 50 },
    // A moderating tool: authors read the conversation on the site, where the names are shown
    // (they may read no reader account, so this list could only have shown "Untitled - ID").
    hidden: hiddenUnlessModerator,
  },
  defaultSort: '-createdAt',
  endpoints: commentEndpoints,
  hooks: {
    beforeChange: [applyDecision, checkEdit],
    afterChange: [
      logStaffCommentEdits,
      sendCommentWebhooks,
      notifySubscribers,
      // After the mail queue and the webhooks: on PostgreSQL the recount locks the article's row
      // until the commit, and other posts on the story wait for that lock. Before the live event
      // and the purge: on SQLite those act at once, not after the commit, and must see the count.
      keepCountsAfterChange,
      publishLiveChange,
      purgeCommentCache,
    ],
    beforeDelete: [protectThreads],
    afterDelete: [keepCountsAfterDelete],
    afterRead: [hideModerationReasons],
  },
  indexes: [
    { fields: ['article', 'status', 'depth'] },
    // The listing's orders (featured first, then newest or top) read straight off these; without
    // them PostgreSQL walked the whole table by `featured` to find one article's page of threads.
    { fields: ['article', 'depth', 'featured', 'createdAt'] },
    { fields: ['article', 'depth', 'featured', 'score', 'createdAt'] },
    // A commenter's history newest first (the moderation record, the per-reader and per-address
    // limits): a prolific reader's post read all of their comments and sorted them without these.
    { fields: ['author', 'createdAt'] },
    { fields: ['guestEmail', 'createdAt'] },
    { fields: ['ipHash', 'createdAt'] },
  ],
  fields: [
    { name: 'article', type: 'relationship', relationTo: 'articles', required: true, index: true, access: { update: systemField } },
    {
      // The admin list's title column; kept in step with the body on every write.
      name: 'excerpt',
      type: 'text',
      admin: { hidden: true },
      access: { create: systemField, update: systemField },
      hooks: { beforeChange: [({ siblingData }) => String(siblingData.body ?? '').slice(0, 80) || '(removed)'] },
    },
    // Bulk "Edit" would write one text over every selected comment: moderators act in bulk with verbs.
    { name: 'body', type: 'textarea', maxLength: 5000, admin: { disableBulkEdit: true } },
    {
      name: 'html',
      type: 'text',
      virtual: true,
      admin: { hidden: true, disableBulkEdit: true },
      hooks: { afterRead: [({ siblingData }) => renderCommentHtml(String(siblingData.body ?? ''))] },
    },
    {
      name: 'moderationActions',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/src/comments/admin/CommentModerationActions#CommentModerationActions' } },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'pending',
      index: true,
      options: ['pending', 'approved', 'rejected', 'spam', 'deleted'].map((value) => ({ value, label: value })),
      access: { create: systemField, update: moderatorField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: { create: systemField, update: moderatorField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'notice',
      type: 'text',
      admin: { readOnly: true, position: 'sidebar', description: 'What the commenter was told.' },
      access: {
        create: systemField,
        update: systemField,
        read: ({ req, doc }) => {
          // A guest's comment has no author: "no reader" must not match "no author".
          const reader = signedInReader(req)
          return moderatorField({ req }) || (!!reader && authorIdOf(doc) === reader.id)
        },
      },
    },
    {
      name: 'moderatorNote',
      type: 'textarea',
      maxLength: 1000,
      access: { read: moderatorField, create: systemField, update: moderatorField },
      admin: { position: 'sidebar', description: 'Seen by moderators only; each change is kept in the moderation log.' },
    },
    {
      name: 'moderationReasons',
      type: 'array',
      admin: { readOnly: true, position: 'sidebar' },
      access: { read: moderatorField, create: systemField, update: systemField },
      fields: [
        { name: 'code', type: 'text' },
        { name: 'detail', type: 'text' },
      ],
    },
    {
      // Inline feedback: the passage the reader selected, as a W3C TextQuoteSelector plus the block
      // it was in, anchored from the article's own text when posted (src/comments/domain/anchoring).
      name: 'quote',
      type: 'group',
      admin: { readOnly: true, condition: (data) => !!data?.quote?.exact },
      access: { create: systemField, update: systemField },
      fields: [
        { name: 'exact', type: 'text' },
        { name: 'prefix', type: 'text' },
        { name: 'suffix', type: 'text' },
        { name: 'blockIndex', type: 'number' },
      ],
    },
    {
      type: 'collapsible',
      label: 'Thread',
      admin: { position: 'sidebar' },
      fields: [
        { name: 'parent', type: 'relationship', relationTo: 'comments', index: true, access: { update: systemField } },
        {
          name: 'root',
          type: 'relationship',
          relationTo: 'comments',
          index: true,
          access: { create: systemField, update: systemField },
          admin: { readOnly: true },
        },
        { name: 'depth', type: 'number', defaultValue: 0, access: { create: systemField, update: systemField }, admin: { readOnly: true } },
        {
          name: 'replyTo',
          type: 'relationship',
          relationTo: 'comments',
          access: { create: systemField, update: systemField },
          admin: { readOnly: true },
        },
        { name: 'replyToName', type: 'text', access: { create: systemField, update: systemField }, admin: { readOnly: true } },
      ],
    },
    {
      type: 'collapsible',
      label: 'Commenter',
      fields: [
        { name: 'author', type: 'relationship', relationTo: 'readers', index: true, access: { create: systemField, update: systemField } },
        {
          // A member of staff answering as the newsroom (shown with a staff badge); no reader account.
          name: 'staffAuthor',
          label: 'Staff author',
          type: 'relationship',
          relationTo: 'users',
          index: true,
          access: { create: systemField, update: systemField },
          admin: { readOnly: true, condition: (data) => !!data?.staffAuthor },
        },
        { name: 'guestName', type: 'text', maxLength: 60, access: { update: systemField }, admin: { disableBulkEdit: true } },
        { name: 'guestEmail', type: 'email', index: true, access: { read: moderatorField, update: systemField } },
        {
          name: 'ipHash',
          type: 'text',
          index: true,
          access: { read: moderatorField, create: systemField, update: systemField },
          admin: { readOnly: true, description: 'A keyed hash: equal values mean the same network address.' },
        },
        {
          name: 'userAgent',
          type: 'text',
          access: { read: moderatorField, create: systemField, update: systemField },
          admin: { readOnly: true },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        counter('votesUp', 'Up votes'),
        counter('votesDown', 'Down votes'),
        counter('score', 'Score'),
        counter('replyCount', 'Replies'),
        { ...counter('reportCount', 'Reports'), access: { read: moderatorField, create: systemField, update: systemField } },
      ],
    },
    { name: 'editedAt', type: 'date', access: { create: systemField, update: systemField }, admin: { readOnly: true } },
    {
      // When the comment was first approved: what notifications count "new" from (a comment held
      // for a day is new to subscribers when it is approved, not when it was written).
      name: 'approvedAt',
      type: 'date',
      index: true,
      access: { create: systemField, update: systemField },
      admin: { readOnly: true, position: 'sidebar' },
      hooks: {
        beforeChange: [({ siblingData, value }) => (value ? value : siblingData.status === 'approved' ? new Date().toISOString() : value)],
      },
    },
    // Who asked and what: a retry with the same Idempotency-Key returns the first answer. Never read out.
    { name: 'idempotencyKey', type: 'text', unique: true, hidden: true },
    { name: 'idempotencyFingerprint', type: 'text', hidden: true },
  ],
  timestamps: true,
}
