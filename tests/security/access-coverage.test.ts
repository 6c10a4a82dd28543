import { beforeAll, describe, expect, it } from 'vitest'

import { NO_OUTSIDE_CREATE, OTHER_READS, ROLES, type Role } from '../shared/access-table'
import { graphql, loginAs, request } from '../http/helpers/client'
import { newReader } from './helpers/community'

/**
 * The part of the API the main access matrix (tests/http/access-matrix.test.ts, every role ×
 * collection × operation over REST and GraphQL) does not walk: community collections, Payload's own
 * collections, versions and globals, compared over REST with the declared table in
 * tests/shared/access-table.ts. Found here: readers (an auth collection, so "logged in" to Payload)
 * could list and create document locks and admin preferences, and version routes of globals without
 * versions answered 500.
 */
const tokens: Partial<Record<Role, string>> = {}

/** The same reads over GraphQL (Payload names list queries after the plural label, globals after the singular). */
const GRAPHQL_READS: Record<string, string> = {
  comments: '{ Comments(limit: 1) { totalDocs } }',
  'comment-reports': '{ CommentReports(limit: 1) { totalDocs } }',
  'comment-votes': '{ CommentVotes(limit: 1) { totalDocs } }',
  'comment-subscriptions': '{ CommentSubscriptions(limit: 1) { totalDocs } }',
  'moderation-events': '{ ModerationEvents(limit: 1) { totalDocs } }',
  'blocked-guests': '{ BlockedGuests(limit: 1) { totalDocs } }',
  'related-suggestions': '{ RelatedSuggestions(limit: 1) { totalDocs } }',
  'outgoing-mail': '{ OutgoingMails(limit: 1) { totalDocs } }',
  'payload-locked-documents': '{ PayloadLockedDocuments(limit: 1) { totalDocs } }',
  'payload-preferences': '{ PayloadPreferences(limit: 1) { totalDocs } }',
  'payload-jobs': '{ PayloadJobs(limit: 1) { totalDocs } }',
  'payload-kv': '{ PayloadKvs(limit: 1) { totalDocs } }',
  'articles/versions': '{ versionsArticles(limit: 1) { totalDocs } }',
  'globals/comment-settings': '{ CommentSetting { updatedAt } }',
  'globals/site-settings': '{ SiteSetting { updatedAt } }',
  'globals/site-settings/versions': '{ versionsSiteSetting(limit: 1) { totalDocs } }',
  'globals/comment-settings/versions': '{ versionsCommentSetting(limit: 1) { totalDocs } }',
}

beforeAll(async () => {
  for (const role of ['admin', 'editor', 'author', 'moderator'] as const) tokens[role] = await loginAs(role)
  tokens.reader = (await newReader('Access coverage probe')).token
})

describe('the rest of the API, role by role', () => {
  for (const [path, rules] of Object.entries(OTHER_READS)) {
    for (const role of ROLES) {
      it(`${role} × ${path} × read: ${rules[role]}`, async () => {
        const response = await request(
          `/api/${path}${path.startsWith('globals/') && !path.endsWith('/versions') ? '' : '?limit=1&depth=0'}`,
          { token: tokens[role] },
        )
        if (rules[role] === 'allowed') expect(response.status, JSON.stringify(response.body)).toBe(200)
        else expect([401, 403], JSON.stringify(response.body)).toContain(response.status)
      })
    }
  }

  for (const [path, rules] of Object.entries(OTHER_READS)) {
    const query = GRAPHQL_READS[path]
    for (const role of ROLES) {
      it(`${role} × ${path} × read over GraphQL: ${rules[role]}`, async () => {
        const response = await graphql<Record<string, unknown>>(query, {}, tokens[role])
        const field = Object.keys(response.body.data ?? {})[0]
        const answered = response.status === 200 && !response.body.errors?.length && !!field && response.body.data?.[field] != null
        // Refused: an access error, or no such field in the schema at all (Payload leaves some out).
        expect(answered, JSON.stringify(response.body).slice(0, 300)).toBe(rules[role] === 'allowed')
      })
    }
  }

  for (const slug of NO_OUTSIDE_CREATE) {
    for (const role of ['anonymous', 'reader'] as const) {
      it(`${role} × ${slug} × create: refused`, async () => {
        const response = await request(`/api/${slug}`, {
          method: 'POST',
          token: tokens[role],
          json: { globalSlug: 'site-settings', key: 'x', value: {} },
        })
        expect(response.status, JSON.stringify(response.body)).toBeGreaterThanOrEqual(400)
        expect(response.status).toBeLessThan(500)
      })
    }
  }
})
