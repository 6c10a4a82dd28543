import type { CollectionConfig } from 'payload'
import { relationship, upload } from 'payload/shared'

import { isEditor } from '@/access/is-editor'
import { notifyReviewRequested } from '@/editorial/services/review-requests'
import { articlePath } from '@/lib/articles/paths'
import { settings } from '@/lib/config/settings'
import { MODERATION_MODES } from '@/comments/services/rules'
import { isNewsroomWriter } from '@/access/is-newsroom-writer'
import { publishedOrStaff } from '@/access/published-or-staff'
import { staffRole } from '@/access/roles'
import { ADMIN_DATE_FORMAT } from '@/fields/date-format'
import { requiredToPublish } from '@/fields/required-to-publish'
import { articleBodyEditor } from '@/fields/rich-text/article-body-editor'
import { slug } from '@/fields/slug'
import { canUpdateArticle } from './access'
import { guardPublishing } from './hooks/guard-publishing'
import { recordSlugRedirect, rememberPublishedSlug } from './hooks/record-slug-redirect'
import { stampPublishingFields } from './hooks/stamp-publishing-fields'
import { articleCommentsEndpoint, articleInlineFeedbackEndpoint, articleLiveCommentsEndpoint } from '@/comments/endpoints/article-comments'
import { relatedEndpoint, suggestionsEndpoint } from '@/related/endpoints'
import { articleViewEndpoint, mostReadEndpoint } from '@/readership/endpoints'
import { purgeArticleCache, purgeDeletedArticleCache } from './hooks/purge-article-cache'
import { keepCommentCount } from './hooks/keep-comment-count'
import { fillRelatedForGraphQL } from './hooks/fill-related-for-graphql'
import { queueRelatedRefresh, queueRelatedRefreshOnDelete } from './hooks/queue-related-refresh'
import { removeFromSearchIndex, syncSearchIndex } from './hooks/sync-search-index'
import { forgetArticle } from './hooks/forget-article'

export const DEK_MAX_LENGTH = 300

export const Articles: CollectionConfig = {
  slug: 'articles',
  access: {
    read: publishedOrStaff,
    readVersions: ({ req }) => staffRole(req.user) !== null && staffRole(req.user) !== 'moderator',
    create: isNewsroomWriter,
    update: canUpdateArticle,
    delete: isEditor,
  },
  defaultPopulate: {
    title: true,
    slug: true,
    kicker: true,
    dek: true,
    hero: true,
    section: true,
    firstPublishedAt: true,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'section', 'workflow', 'firstPublishedAt', 'updatedAt'],
    listSearchableFields: ['title', 'slug', 'dek'],
    preview: (doc) => (doc?.slug ? `${settings.siteUrl}/next/preview?path=${encodeURIComponent(articlePath(String(doc.slug)))}` : null),
    group: 'Newsroom',
    // The versions list says who made each version (src/editorial/admin/ArticleVersions.tsx).
    components: { views: { edit: { versions: { Component: '/src/editorial/admin/ArticleVersions#ArticleVersions' } } } },
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Story',
          fields: [
            { name: 'kicker', type: 'text', maxLength: 40, admin: { description: 'The small label above the headline.' } },
            {
              name: 'dek',
              label: 'Dek / excerpt',
              type: 'textarea',
              maxLength: DEK_MAX_LENGTH,
              admin: { description: `The standfirst under the headline, also used in lists (at most ${DEK_MAX_LENGTH} characters).` },
            },
            {
              name: 'hero',
              type: 'group',
              fields: [
                {
                  name: 'image',
                  type: 'upload',
                  relationTo: 'media',
                  validate: requiredToPublish(upload, 'A hero image'),
                  admin: { description: 'Required to publish. Alt text comes with the image.' },
                },
                {
                  type: 'row',
                  fields: [
                    { name: 'caption', type: 'text', maxLength: 300, admin: { width: '65%' } },
                    { name: 'credit', type: 'text', maxLength: 120, admin: { width: '35%' } },
                  ],
                },
              ],
            },
            { name: 'body', type: 'richText', editor: articleBodyEditor },
            {
              name: 'corrections',
              type: 'array',
              admin: { description: 'Shown publicly at the foot of the article, newest last.' },
              fields: [
                {
                  name: 'date',
                  type: 'date',
                  required: true,
                  // A correction is dated when it is written; the editor changes it only to backdate.
                  defaultValue: () => new Date().toISOString(),
                  admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: ADMIN_DATE_FORMAT } },
                },
                { name: 'text', type: 'textarea', required: true, maxLength: 1000 },
              ],
            },
          ],
        },
        {
          label: 'Related',
          fields: [
            {
              name: 'relatedStories',
              type: 'relationship',
              relationTo: 'articles',
              hasMany: true,
              maxRows: 8,
              filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
              admin: { description: 'Curated "You may also like" stories, shown first and in this order.' },
            },
            {
              name: 'related',
              type: 'relationship',
              relationTo: 'articles',
              hasMany: true,
              virtual: true,
              admin: { hidden: true },
              hooks: { afterRead: [fillRelatedForGraphQL] },
            },
            {
              name: 'excludeFromRelated',
              type: 'checkbox',
              defaultValue: false,
              admin: { description: 'Never suggest this article as a related story elsewhere.' },
            },
          ],
        },
      ],
    },
    slug('title', { requiredToPublishOnly: true }),
    {
      name: 'authors',
      type: 'relationship',
      relationTo: 'authors',
      hasMany: true,
      maxRows: 6,
      validate: requiredToPublish(relationship, 'At least one author'),
      admin: { position: 'sidebar', description: 'Bylines, in order (at least one to publish).' },
    },
    {
      name: 'section',
      label: 'Primary section',
      type: 'relationship',
      relationTo: 'sections',
      validate: requiredToPublish(relationship, 'A primary section'),
      admin: { position: 'sidebar', description: 'Required to publish.' },
    },
    {
      name: 'sections',
      label: 'More sections',
      type: 'relationship',
      relationTo: 'sections',
      hasMany: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'tags',
      type: 'relationship',
      relationTo: 'tags',
      hasMany: true,
      maxRows: 20,
      // Payload's picker, and a box where a new tag is made by typing it (src/editorial/admin/TagsField.tsx).
      admin: { position: 'sidebar', components: { Field: '/src/editorial/admin/TagsField#TagsField' } },
    },
    {
      type: 'row',
      admin: { position: 'sidebar' },
      fields: [
        { name: 'featured', type: 'checkbox', defaultValue: false },
        { name: 'breaking', type: 'checkbox', defaultValue: false },
      ],
    },
    {
      // Suggestions and their reasons, with a button that pins one into the curated list.
      name: 'relatedSuggestions',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/src/related/admin/RelatedSuggestions#RelatedSuggestions' } },
    },
    {
      // The list's "Status" column: Payload's own would say "Draft" for a published piece edited since.
      name: 'workflow',
      label: 'Status',
      type: 'ui',
      admin: { components: { Field: false, Cell: '/src/editorial/admin/WorkflowCell#WorkflowCell' } },
    },
    {
      name: 'readyForReview',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'The author is done: an editor may review and publish.' },
    },
    {
      name: 'commentsMode',
      type: 'select',
      defaultValue: 'open',
      options: [
        { label: 'Open', value: 'open' },
        { label: 'Closed (shown, no new comments)', value: 'closed' },
        { label: 'Disabled (hidden)', value: 'disabled' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'commentModeration',
      type: 'select',
      defaultValue: 'site',
      options: [{ value: 'site', label: 'As the site settings say' }, ...MODERATION_MODES],
      admin: { position: 'sidebar', description: 'Pre-moderate one heated story without touching the rest.' },
    },
    {
      name: 'commentCount',
      type: 'number',
      defaultValue: 0,
      index: true,
      admin: { position: 'sidebar', readOnly: true, description: 'Approved comments.' },
      access: { create: () => false, update: () => false },
    },
    {
      name: 'firstPublishedAt',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      access: { create: () => false, update: () => false },
    },
    {
      // When readers were last shown a changed story (its words, headline or picture), not when any
      // field was written: a comment count or a related-stories refresh is no update to a reader.
      name: 'revisedAt',
      type: 'date',
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime' },
        description: 'Shown to readers as "Updated".',
      },
      access: { create: () => false, update: () => false },
    },
    {
      name: 'readingTimeMinutes',
      type: 'number',
      admin: { position: 'sidebar', readOnly: true },
      access: { create: () => false, update: () => false },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      admin: { position: 'sidebar', readOnly: true },
      access: { create: () => false, update: () => false, read: ({ req }) => staffRole(req.user) !== null },
    },
    {
      // Kept in every version, so the versions list can say who made each one (ArticleVersions).
      name: 'lastEditedBy',
      type: 'relationship',
      relationTo: 'users',
      admin: { position: 'sidebar', readOnly: true, description: 'Who saved this version: empty for an import or the system.' },
      access: { create: () => false, update: () => false, read: ({ req }) => staffRole(req.user) !== null },
    },
  ],
  endpoints: [
    mostReadEndpoint,
    articleViewEndpoint,
    relatedEndpoint,
    suggestionsEndpoint,
    articleCommentsEndpoint,
    articleInlineFeedbackEndpoint,
    articleLiveCommentsEndpoint,
  ],
  hooks: {
    beforeChange: [guardPublishing, stampPublishingFields, rememberPublishedSlug],
    afterChange: [recordSlugRedirect, syncSearchIndex, queueRelatedRefresh, keepCommentCount, purgeArticleCache, notifyReviewRequested],
    beforeDelete: [forgetArticle],
    afterDelete: [removeFromSearchIndex, queueRelatedRefreshOnDelete, purgeDeletedArticleCache],
  },
  versions: {
    drafts: {
      autosave: { interval: 2000 },
      schedulePublish: true,
    },
    maxPerDoc: 50,
  },
  timestamps: true,
}
