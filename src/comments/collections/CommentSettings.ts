import type { Field, GlobalConfig } from 'payload'

import { isModerator } from '@/access/is-moderator'
import { hasRole } from '@/access/roles'
import { COMMENT_DEFAULTS, type WindowLimitDefault } from '../domain/defaults'
import { MODERATION_MODES } from '../services/rules'
import { purgeGlobalCache } from '@/hooks/purge-cache'
import { cacheTags } from '@/lib/cache/tags'

const limitGroup = (name: string, label: string, { max, windowSeconds }: WindowLimitDefault): Field => ({
  name,
  type: 'group',
  label,
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'max', type: 'number', min: 0, max: 10_000, defaultValue: max, admin: { description: '0 switches the limit off.' } },
        { name: 'windowSeconds', type: 'number', min: 1, max: 86_400, defaultValue: windowSeconds },
      ],
    },
  ],
})

/**
 * How the comment section behaves site-wide: moderation mode and filters, threading, editing,
 * paging, anti-spam and rate limits, and the webhooks a newsroom's own tools listen on. Staff read
 * it; the public learns what it needs (open, guests allowed, page size) from the comments endpoint.
 * Moderators run the conversation, so they change the rules (modes, words, limits); the webhooks,
 * which send data to outside tools with a shared secret, stay with editors and admins.
 */
export const CommentSettings: GlobalConfig = {
  slug: 'comment-settings',
  access: { read: isModerator, update: isModerator },
  hooks: { afterChange: [purgeGlobalCache(cacheTags.commentSettings)] },
  admin: { group: 'Community' },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Moderation',
          fields: [
            {
              name: 'mode',
              type: 'select',
              defaultValue: COMMENT_DEFAULTS.mode,
              options: MODERATION_MODES.map((value) => ({ value: value.value, label: value.label })),
            },
            {
              name: 'trustedAfterApproved',
              type: 'number',
              min: 0,
              defaultValue: COMMENT_DEFAULTS.trustedAfterApproved,
              admin: { description: 'Approved comments after which a reader skips review ("until trusted" mode).' },
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'poorRecordWindow',
                  type: 'number',
                  min: 1,
                  max: 100,
                  defaultValue: COMMENT_DEFAULTS.poorRecordWindow,
                  admin: { description: 'Recent comments looked at…' },
                },
                {
                  name: 'poorRecordRejectedShare',
                  type: 'number',
                  min: 0,
                  max: 1,
                  defaultValue: COMMENT_DEFAULTS.poorRecordRejectedShare,
                  admin: { description: '…and the rejected share above which the reader goes back to review.' },
                },
              ],
            },
            {
              name: 'guestsAllowed',
              type: 'checkbox',
              defaultValue: COMMENT_DEFAULTS.guestsAllowed,
              admin: { description: 'Guests comment with a name and e-mail address.' },
            },
            {
              name: 'autoCloseAfterDays',
              type: 'number',
              min: 0,
              defaultValue: COMMENT_DEFAULTS.autoCloseAfterDays,
              admin: { description: 'Close comments this many days after first publication (0: never).' },
            },
            {
              name: 'maxLinks',
              type: 'number',
              min: 0,
              defaultValue: COMMENT_DEFAULTS.maxLinks,
              admin: { description: 'More links than this and a comment is held.' },
            },
            {
              name: 'bannedWords',
              type: 'textarea',
              admin: { description: 'One word or phrase per line: comments with one are rejected.' },
            },
            {
              name: 'suspectWords',
              type: 'textarea',
              admin: { description: 'One word or phrase per line: comments with one are held for review.' },
            },
            {
              name: 'reportsToHold',
              type: 'number',
              min: 1,
              defaultValue: COMMENT_DEFAULTS.reportsToHold,
              admin: { description: 'Reader reports that send a published comment back to review.' },
            },
          ],
        },
        {
          label: 'Threads',
          fields: [
            {
              name: 'maxDepth',
              type: 'number',
              min: 0,
              max: 10,
              defaultValue: COMMENT_DEFAULTS.maxDepth,
              admin: { description: 'Levels of replies (0: flat comments).' },
            },
            { name: 'editWindowMinutes', type: 'number', min: 0, max: 1440, defaultValue: COMMENT_DEFAULTS.editWindowMinutes },
            { name: 'pageSize', type: 'number', min: 1, max: 100, defaultValue: COMMENT_DEFAULTS.pageSize },
            { name: 'maxLength', type: 'number', min: 1, max: 5000, defaultValue: COMMENT_DEFAULTS.maxLength },
          ],
        },
        {
          label: 'Anti-spam',
          fields: [
            {
              name: 'minSecondsToSubmit',
              type: 'number',
              min: 0,
              defaultValue: COMMENT_DEFAULTS.minSecondsToSubmit,
              admin: {
                description:
                  'Faster than this between showing the form and posting, and the comment is held for a moderator (“Held by a rule”): a person may have pasted it.',
              },
            },
            limitGroup('readerRateLimit', 'Per reader', COMMENT_DEFAULTS.readerRateLimit),
            limitGroup('ipRateLimit', 'Per network address', COMMENT_DEFAULTS.ipRateLimit),
            {
              name: 'spamChecker',
              type: 'checkbox',
              defaultValue: COMMENT_DEFAULTS.spamChecker,
              admin: { description: 'Ask the Akismet-compatible service set by SPAM_CHECKER_URL and SPAM_CHECKER_KEY.' },
            },
          ],
        },
        {
          label: 'Notifications',
          fields: [
            {
              name: 'notifyIntervalMinutes',
              type: 'number',
              min: 0,
              max: 1440,
              defaultValue: COMMENT_DEFAULTS.notifyIntervalMinutes,
              admin: {
                description:
                  'A subscriber gets at most one mail per article in this many minutes: comments arriving meanwhile come as a digest.',
              },
            },
            {
              name: 'maxSubscriptionsPerAddress',
              type: 'number',
              min: 1,
              max: 1000,
              defaultValue: COMMENT_DEFAULTS.maxSubscriptionsPerAddress,
              admin: { description: 'Conversations one e-mail address may follow at once.' },
            },
            limitGroup('subscribeRateLimit', 'New subscriptions per network address', COMMENT_DEFAULTS.subscribeRateLimit),
          ],
        },
        {
          label: 'Webhooks',
          fields: [
            {
              name: 'webhooks',
              type: 'array',
              maxRows: 20,
              access: { update: ({ req }) => hasRole(req.user, 'admin', 'editor') },
              admin: { description: 'Signed POSTs (X-Newsroom-Signature: t=…,v1=HMAC-SHA256 of "t.body") to your own tools.' },
              fields: [
                {
                  name: 'url',
                  type: 'text',
                  required: true,
                  validate: (value: unknown) => {
                    try {
                      return ['http:', 'https:'].includes(new URL(String(value)).protocol) || 'Use an http(s) address.'
                    } catch {
                      return 'Use an http(s) address.'
                    }
                  },
                },
                {
                  name: 'secret',
                  type: 'text',
                  required: true,
                  minLength: 16,
                  access: { read: ({ req }) => hasRole(req.user, 'admin', 'editor') },
                },
                {
                  name: 'events',
                  type: 'select',
                  hasMany: true,
                  required: true,
                  options: ['comment.created', 'comment.approved', 'comment.rejected'].map((value) => ({ value, label: value })),
                },
                { name: 'active', type: 'checkbox', defaultValue: true },
              ],
            },
          ],
        },
      ],
    },
  ],
}
