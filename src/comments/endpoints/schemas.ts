import { z } from 'zod'

import { REPORT_REASONS } from '../domain/report-reasons'
import { COMMENT_SORTS, MAX_COMMENT_PAGE_SIZE } from '../domain/listing-query'
import { DESK_QUEUES, MODERATION_EVENT_ACTIONS, SUSPENSIONS } from '../domain/moderation-desk'
import { MODERATION_ACTIONS } from '../services/moderation-actions'
import { SCOPES } from '../services/subscriptions'
import { NOTIFY_CHOICES } from '@/accounts/domain/notify-choices'

const NOTIFY_VALUES = NOTIFY_CHOICES.map((choice) => choice.value) as [NotifyChoiceValue, ...NotifyChoiceValue[]]
type NotifyChoiceValue = (typeof NOTIFY_CHOICES)[number]['value']

/**
 * The comment API's shapes, once: the endpoints check bodies with them and `/api/openapi.json`
 * describes requests and answers from them. The contract test holds the answers to these schemas.
 */

const id = z.union([z.string(), z.number()]).describe('A document id (a string, or a number on PostgreSQL).')
const idString = z.string().describe('A document id.')
const timestamp = z.string().describe('ISO 8601 date and time.')

export const articleIdParams = z.object({ id: z.string().describe('The article id.') })
export const commentIdParams = z.object({ id: z.string().describe('The comment id.') })

const publicQuote = z.object({
  exact: z.string(),
  status: z.enum(['exact', 'moved', 'fuzzy', 'orphaned']),
  blockIndex: z.int().nullable(),
  start: z.int().nullable(),
  end: z.int().nullable(),
})

const votes = z.object({ up: z.int(), down: z.int(), score: z.number() })

export const publicComment = z
  .object({
    id: idString,
    articleId: idString,
    parentId: idString.nullable(),
    rootId: idString.nullable(),
    depth: z.int(),
    replyTo: z.object({ id: idString, name: z.string().nullable() }).nullable(),
    author: z.object({ id: idString, displayName: z.string() }).nullable(),
    staff: z
      .object({ name: z.string(), title: z.string().nullable() })
      .nullable()
      .describe('Set when a member of staff wrote it: show their name and title with a staff badge.'),
    guestName: z.string().nullable(),
    body: z.string(),
    html: z.string().describe('The body as safe HTML (paragraphs and links only).'),
    status: z.enum(['approved', 'pending', 'removed']).describe('"pending" reaches only the commenter; "removed" keeps a thread’s shape.'),
    featured: z.boolean(),
    editedAt: timestamp.nullable(),
    createdAt: timestamp,
    votes,
    replyCount: z.int(),
    mine: z.boolean(),
    notice: z.string().nullable(),
    myVote: z.int().nullable(),
    quote: publicQuote.nullable(),
    get replies() {
      return z.array(publicComment).optional()
    },
  })
  .meta({ id: 'PublicComment' })

export const commentListingQuery = z.object({
  sort: z.enum(COMMENT_SORTS).optional().describe('Order of the threads; featured comments come first in each.'),
  limit: z.int().min(1).max(MAX_COMMENT_PAGE_SIZE).optional().describe('Threads per page (the site’s setting when left out).'),
  page: z.int().min(1).max(10_000).optional(),
  cursor: z.string().optional().describe('`nextCursor` from the previous page: carries the page and the order.'),
})

export const commentPage = z.object({
  articleId: idString,
  sort: z.enum(COMMENT_SORTS),
  page: z.int(),
  limit: z.int(),
  totalThreads: z.int(),
  totalPages: z.int(),
  hasNextPage: z.boolean(),
  nextCursor: z.string().nullable(),
  totalComments: z.int().describe('Approved comments on the article: what "View all N comments" says.'),
  form: z.object({
    open: z.boolean(),
    guestsAllowed: z.boolean(),
    maxLength: z.int(),
    maxDepth: z.int(),
    editWindowMinutes: z.int(),
    minSecondsToSubmit: z.number(),
  }),
  comments: z.array(publicComment),
  reader: z
    .object({ id: idString, displayName: z.string(), notifyDefault: z.enum(NOTIFY_VALUES).nullable() })
    .nullable()
    .describe('The signed-in reader this page was read for (their pending comments and votes are in it); null for anyone else.'),
})

export const inlineFeedback = z.object({
  articleId: idString,
  total: z.int(),
  passages: z.array(
    z.object({
      key: z.string(),
      blockIndex: z.int().nullable(),
      start: z.int().nullable(),
      end: z.int().nullable(),
      status: z.string().describe('exact, moved, fuzzy (edited since) or orphaned (no longer in the article).'),
      count: z.int(),
      text: z.string(),
      commentIds: z.array(idString),
    }),
  ),
})

export const commentThread = z.object({
  articleId: idString,
  focusId: idString.describe('The comment asked for, somewhere in the thread.'),
  // The whole thread from its top-level comment, replies nested.
  thread: publicComment,
})

const scope = z.enum(SCOPES)

export const subscription = z.object({ id: idString, article: idString, scope, status: z.string() })

export const subscribeBody = z.object({
  article: id,
  scope: z.enum(SCOPES, { error: `scope must be one of ${SCOPES.join(', ')}.` }),
  email: z.string().max(320).optional().describe('A guest’s address; a signed-in reader’s own confirmed address is used instead.'),
})

export const subscribeAnswer = z.object({ message: z.string(), subscription })

export const tokenQuery = z.object({ token: z.string().describe('The signed token from the e-mail link.') })

export const postCommentBody = z.object({
  article: id,
  parent: id.nullish().describe('The comment replied to.'),
  body: z.string().describe('Plain text; blank lines make paragraphs, addresses become links.'),
  guestName: z.string().nullish().describe('Guests only, where the site allows guests.'),
  guestEmail: z.string().nullish().describe('Guests only; never shown.'),
  website: z.string().nullish().describe('Leave empty: the form hides it from people (a honeypot).'),
  formShownAt: z.union([z.number(), z.string()]).nullish().describe('When the form was shown (ms since the epoch).'),
  quote: z
    .looseObject({
      type: z.literal('TextQuoteSelector').optional(),
      exact: z.string(),
      prefix: z.string().optional(),
      suffix: z.string().optional(),
      blockIndex: z.int().optional(),
    })
    .nullish()
    .describe('Inline feedback: the selected passage as a W3C text quote.'),
  notify: z
    .enum([...SCOPES, 'none'])
    .nullish()
    .describe('"Notify of": `article` (all new comments) or `replies` (replies to me).'),
})

export const postCommentAnswer = z.object({
  message: z.string(),
  comment: publicComment.nullable(),
  replayed: z.boolean().optional(),
  subscription: z.union([subscribeAnswer, z.object({ error: z.string() })]).optional(),
})

export const voteBody = z.object({
  value: z.union([z.literal(1), z.literal(-1), z.literal(0)], {
    error: 'value must be 1 (up), -1 (down) or 0 (take the vote back).',
  }),
  guestToken: z.string().optional().describe('The guest token, for clients that cannot send the X-Guest-Token header.'),
})

export const voteAnswer = z.object({ id: idString, votes, myVote: z.int().nullable() })

export const reportBody = z.object({
  reason: z.enum(REPORT_REASONS, { error: `reason must be one of ${REPORT_REASONS.join(', ')}.` }),
  text: z.string().max(1000, { error: 'text can be at most 1000 characters.' }).nullish(),
})

export const moderateBody = z.object({
  ids: z
    .array(id, { error: 'ids must be a list of 1 to 100 comment ids.' })
    .min(1)
    .max(100, { error: 'ids must be a list of 1 to 100 comment ids.' }),
  action: z.enum(MODERATION_ACTIONS, { error: `action must be one of ${MODERATION_ACTIONS.join(', ')}.` }),
  reason: z
    .string()
    .max(300, { error: 'reason can be at most 300 characters.' })
    .nullish()
    .describe('Why: kept in the moderation log; a rejection’s or a ban’s reason is mailed to the commenter.'),
  duration: z
    .enum(SUSPENSIONS, { error: `duration must be one of ${SUSPENSIONS.join(', ')}.` })
    .nullish()
    .describe('For suspend-author: how long.'),
  byAddress: z
    .boolean({ error: 'byAddress must be true or false.' })
    .nullish()
    .describe(
      'For ban-author and suspend-author on a guest’s comment: block the network address it came from as well as the e-mail (a guest who gave no e-mail is blocked by address).',
    ),
})

export const moderateAnswer = z.object({
  action: z.enum(MODERATION_ACTIONS),
  updated: z.int(),
  results: z.array(z.object({ id: idString, ok: z.boolean(), message: z.string().optional() })),
})

export const message = z.object({ message: z.string() })
export const removal = z.object({ id: idString, message: z.string() })
export const guestToken = z.object({ token: z.string() })

const readerId = z.string().min(1).max(64).describe('A reader’s id.')
const guestEmail = z
  .email({ error: 'guestEmail must be an e-mail address.' })
  .max(254)
  .describe('A guest commenter, by the address they gave.')

export const deskFilterQuery = z.object({
  article: z.string().min(1).max(64).optional().describe('Only comments on this article (its id).'),
  reader: readerId.optional().describe('Only this reader’s comments.'),
  guestEmail: guestEmail.optional(),
})

export const deskQuery = deskFilterQuery.extend({
  queue: z.enum(DESK_QUEUES, { error: `queue must be one of ${DESK_QUEUES.join(', ')}.` }).default('pending'),
  sort: z.enum(['newest', 'oldest'], { error: 'sort must be newest or oldest.' }).default('newest'),
  page: z.coerce
    .number({ error: 'page must be a whole number from 1.' })
    .int({ error: 'page must be a whole number from 1.' })
    .min(1, { error: 'page must be a whole number from 1.' })
    .default(1),
  limit: z.coerce
    .number({ error: 'limit must be a whole number from 1 to 50.' })
    .int({ error: 'limit must be a whole number from 1 to 50.' })
    .min(1, { error: 'limit must be a whole number from 1 to 50.' })
    .max(50, { error: 'limit must be a whole number from 1 to 50.' })
    .default(20),
})

export const commenterQuery = z.object({ reader: readerId.optional(), guestEmail: guestEmail.optional() })

export const deskCounts = z.object(
  Object.fromEntries(DESK_QUEUES.map((queue) => [queue, z.int()])) as Record<(typeof DESK_QUEUES)[number], z.ZodInt>,
)

const deskCommenter = z.object({
  kind: z.enum(['reader', 'guest']),
  id: idString.nullable(),
  name: z.string(),
  guestEmail: z.string().nullable(),
  trustLevel: z.enum(['new', 'regular', 'trusted']).nullable(),
  memberForDays: z.int().nullable(),
  banned: z.boolean().describe('A reader banned, or a guest whose e-mail or network address is blocked for good.'),
  bannedUntil: timestamp.nullable().describe('A suspension’s (or a guest block’s) end.'),
  note: z.string().nullable(),
  approved: z.int(),
  rejected: z.int().describe('Rejected or spam.'),
  rejectionRate: z.number().nullable().describe('Rejected share of the moderated comments, 0 to 1; null before any.'),
})

export const deskCard = z.object({
  id: idString,
  body: z.string(),
  html: z.string(),
  createdAt: timestamp,
  status: z.enum(['pending', 'approved', 'rejected', 'spam', 'deleted']),
  featured: z.boolean(),
  heldByRule: z
    .boolean()
    .describe('A rule held it (a word, the link limit, reports, the commenter’s record), not the site’s moderation mode.'),
  reportCount: z.int(),
  hasAddress: z.boolean().describe('The comment came with a (hashed) network address, so its guest can be blocked by it (byAddress).'),
  note: z.string().nullable().describe('The moderators’ note on the comment.'),
  article: z.object({ id: idString, title: z.string(), url: z.string(), adminUrl: z.string() }).nullable(),
  parent: z.object({ id: idString, excerpt: z.string(), name: z.string() }).nullable(),
  commenter: deskCommenter,
  reasons: z.array(z.string()).describe('Why the comment was held, in words.'),
  reports: z.array(z.object({ reason: z.string(), text: z.string().nullable(), reporter: z.string(), createdAt: timestamp })),
})

export const deskAnswer = z.object({
  queue: z.enum(DESK_QUEUES),
  counts: deskCounts,
  cards: z.array(deskCard),
  totalDocs: z.int(),
  page: z.int(),
  totalPages: z.int(),
  hasNextPage: z.boolean(),
})

export const moderationEventLine = z.object({
  id: idString,
  at: timestamp,
  action: z.enum(MODERATION_EVENT_ACTIONS),
  summary: z.string(),
  by: z.string(),
  reason: z.string().nullable(),
  comment: idString.nullable(),
})

export const commenterAnswer = z.object({
  commenter: deskCommenter.nullable(),
  totalComments: z.int(),
  comments: z.array(deskCard),
  events: z.array(moderationEventLine),
})
