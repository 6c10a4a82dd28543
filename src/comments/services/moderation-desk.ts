import { APIError, type Payload, type PayloadRequest, type Where } from 'payload'

import { MODERATING_ROLES } from '@/access/is-moderator'
import { hasRole } from '@/access/roles'
import { articlePath } from '@/lib/articles/paths'
import { idOf } from '@/lib/relationships/id-of'
import type { Comment, CommentReport, ModerationEvent, Reader } from '@/payload-types'
import {
  accountAgeDays,
  commenterRecord,
  DESK_QUEUES,
  deskWhere,
  heldByRule,
  holdReasonsInWords,
  type CommenterRecordSummary,
  type DeskFilter,
  type DeskQueue,
} from '../domain/moderation-desk'
import { renderCommentHtml } from '../domain'
import { guestRestrictions } from './guest-blocks'

export type DeskCommenter = {
  kind: 'reader' | 'guest'
  id: string | null
  name: string
  guestEmail: string | null
  trustLevel: Reader['trustLevel'] | null
  memberForDays: number | null
  banned: boolean
  bannedUntil: string | null
  note: string | null
} & CommenterRecordSummary

export type DeskCard = {
  id: string
  body: string
  html: string
  createdAt: string
  status: NonNullable<Comment['status']>
  featured: boolean
  heldByRule: boolean
  reportCount: number
  /** The comment came with a (hashed) network address, so its guest can be blocked by it. */
  hasAddress: boolean
  note: string | null
  article: { id: string; title: string; url: string; adminUrl: string } | null
  parent: { id: string; excerpt: string; name: string } | null
  commenter: DeskCommenter
  reasons: string[]
  reports: { reason: string; text: string | null; reporter: string; createdAt: string }[]
}

export type DeskQuery = DeskFilter & { sort: 'newest' | 'oldest'; page: number; limit: number }

export function requireModerator(req: PayloadRequest): void {
  if (!req.user) throw new APIError('Sign in as staff to use the moderation desk.', 401, undefined, true)
  if (!hasRole(req.user, ...MODERATING_ROLES))
    throw new APIError('Only moderators, editors and admins use the moderation desk.', 403, undefined, true)
}

/** How many comments wait in each queue, narrowed like the list (an article, a commenter). */
export async function deskCounts(req: PayloadRequest, filter: Omit<DeskFilter, 'queue'> = {}): Promise<Record<DeskQueue, number>> {
  requireModerator(req)
  return countQueues(req.payload, filter, req)
}

/**
 * The counts themselves, for a caller that has checked who is asking: they are the same for every
 * moderator, which lets the live desk count once for all the desks open with the same filter.
 */
export async function countQueues(
  payload: Payload,
  filter: Omit<DeskFilter, 'queue'>,
  req?: PayloadRequest,
): Promise<Record<DeskQueue, number>> {
  const counts = await Promise.all(
    DESK_QUEUES.map(async (queue) => {
      const { totalDocs } = await payload.count({
        collection: 'comments',
        where: deskWhere({ ...filter, queue }) as Where,
        overrideAccess: true,
        req,
      })
      return [queue, totalDocs] as const
    }),
  )
  return Object.fromEntries(counts) as Record<DeskQueue, number>
}

/** One queue's page of cards, with the counts of every queue for the tabs. */
export async function deskQueue(req: PayloadRequest, query: DeskQuery) {
  requireModerator(req)
  const filter = { article: query.article, reader: query.reader, guestEmail: query.guestEmail }
  const [counts, found] = await Promise.all([
    deskCounts(req, filter),
    req.payload.find({
      collection: 'comments',
      where: deskWhere(query) as Where,
      sort: query.sort === 'oldest' ? 'createdAt' : '-createdAt',
      page: query.page,
      limit: query.limit,
      depth: 0,
      overrideAccess: true,
      req,
    }),
  ])
  return {
    queue: query.queue,
    counts,
    cards: await cardsFor(req, found.docs),
    totalDocs: found.totalDocs,
    page: found.page ?? query.page,
    totalPages: found.totalPages,
    hasNextPage: found.hasNextPage,
  }
}

/**
 * A commenter's history for the desk's drawer: every comment they wrote (any status), the
 * moderation log entries about them, newest first. A reader by id, a guest by e-mail address.
 */
export async function commenterHistory(req: PayloadRequest, who: { reader?: string | null; guestEmail?: string | null }) {
  requireModerator(req)
  if (!who.reader && !who.guestEmail) throw new APIError('Give reader (an id) or guestEmail.', 400, { parameter: 'reader' }, true)
  const byWho: Where = who.reader ? { author: { equals: who.reader } } : { guestEmail: { equals: who.guestEmail } }
  const [comments, events] = await Promise.all([
    req.payload.find({ collection: 'comments', where: byWho, sort: '-createdAt', limit: 100, depth: 0, overrideAccess: true, req }),
    req.payload.find({
      collection: 'moderation-events',
      where: who.reader ? { reader: { equals: who.reader } } : { guestEmail: { equals: who.guestEmail } },
      sort: '-createdAt',
      limit: 100,
      depth: 1,
      overrideAccess: true,
      req,
    }),
  ])
  const cards = await cardsFor(req, comments.docs)
  return {
    commenter: cards[0]?.commenter ?? null,
    totalComments: comments.totalDocs,
    comments: cards,
    events: events.docs.map(eventLine),
  }
}

/** A moderation log entry as the drawer lists it: when, who, what, why. */
export function eventLine(event: ModerationEvent) {
  const actor =
    event.actorName || (typeof event.actor === 'object' && event.actor ? event.actor.name || event.actor.email : null) || 'the system'
  return {
    id: event.id,
    at: event.createdAt,
    action: event.action,
    summary: event.summary ?? event.action,
    by: actor,
    reason: event.reason ?? null,
    comment: idOf(event.comment),
  }
}

const byId = <T extends { id: string }>(docs: T[]) => new Map(docs.map((doc) => [doc.id, doc]))
const unique = (values: (string | null | undefined)[]) => [...new Set(values.filter((value): value is string => !!value))]

/**
 * Comments as cards: each with its article, parent, commenter (with their record) and open
 * reports, looked up once per page: one query each for articles, parents, reports, readers and
 * guest blocks, and two counts per commenter on the page for their record.
 */
async function cardsFor(req: PayloadRequest, comments: Comment[]): Promise<DeskCard[]> {
  if (comments.length === 0) return []
  const local = { overrideAccess: true, depth: 0, req, pagination: false } as const
  const [articles, parents, reports] = await Promise.all([
    req.payload.find({
      ...local,
      collection: 'articles',
      where: { id: { in: unique(comments.map((comment) => idOf(comment.article))) } },
      select: { title: true, slug: true },
    }),
    req.payload.find({
      ...local,
      collection: 'comments',
      where: { id: { in: unique(comments.map((comment) => idOf(comment.parent))) } },
      select: { excerpt: true, author: true, guestName: true },
    }),
    req.payload.find({
      ...local,
      collection: 'comment-reports',
      where: { and: [{ comment: { in: comments.map((comment) => comment.id) } }, { dismissedAt: { exists: false } }] },
      sort: '-createdAt',
    }),
  ])
  const readerIds = unique([
    ...comments.map((comment) => idOf(comment.author)),
    ...parents.docs.map((parent) => idOf(parent.author)),
    ...reports.docs.map((report) => idOf(report.reporter)),
  ])
  const readers = byId(
    readerIds.length
      ? (await req.payload.find({ ...local, collection: 'readers', where: { id: { in: readerIds } } })).docs
      : ([] as Reader[]),
  )
  const records = await commenterRecords(req, comments)
  const now = new Date()
  const guestBlocks = await guestRestrictions(req, comments, now)
  const articleById = byId(articles.docs)
  const parentById = byId(parents.docs)
  const nameOf = (author: Comment['author'], guestName?: string | null) =>
    readers.get(idOf(author) ?? '')?.displayName ?? guestName ?? 'A guest'

  return comments.map((comment) => {
    const article = articleById.get(idOf(comment.article) ?? '')
    const parent = parentById.get(idOf(comment.parent) ?? '')
    const reader = readers.get(idOf(comment.author) ?? '')
    const recordKey = reader ? `r:${reader.id}` : `g:${comment.guestEmail ?? ''}`
    const guestBlock = guestBlocks.get(comment.id)
    return {
      id: comment.id,
      body: comment.body ?? '',
      html: renderCommentHtml(comment.body ?? ''),
      createdAt: comment.createdAt,
      status: comment.status ?? 'pending',
      featured: !!comment.featured,
      heldByRule: heldByRule(comment.moderationReasons),
      reportCount: comment.reportCount ?? 0,
      // Whether a guest's network address can be blocked (the hash itself stays on the server).
      hasAddress: !!comment.ipHash,
      note: comment.moderatorNote ?? null,
      article: article
        ? {
            id: article.id,
            title: article.title ?? 'Untitled',
            url: articlePath(article.slug ?? ''),
            adminUrl: `/admin/collections/articles/${article.id}`,
          }
        : null,
      parent: parent ? { id: parent.id, excerpt: parent.excerpt ?? '', name: nameOf(parent.author, parent.guestName) } : null,
      commenter: {
        kind: reader ? 'reader' : 'guest',
        id: reader?.id ?? null,
        name: nameOf(comment.author, comment.guestName),
        guestEmail: reader ? null : (comment.guestEmail ?? null),
        trustLevel: reader?.trustLevel ?? null,
        memberForDays: reader ? accountAgeDays(reader.createdAt, now) : null,
        banned: reader ? !!reader.banned : !!guestBlock?.banned,
        bannedUntil: reader ? (reader.bannedUntil ?? null) : (guestBlock?.bannedUntil?.toISOString() ?? null),
        note: reader?.moderatorNotes ?? null,
        ...(records.get(recordKey) ?? commenterRecord(0, 0)),
      },
      reasons: holdReasonsInWords(comment.moderationReasons),
      reports: reports.docs
        .filter((report: CommentReport) => idOf(report.comment) === comment.id)
        .map((report) => ({
          reason: report.reason,
          text: report.text ?? null,
          reporter: readers.get(idOf(report.reporter) ?? '')?.displayName ?? 'A reader',
          createdAt: report.createdAt,
        })),
    }
  })
}

/** Approved and rejected (or spam) counts of each commenter on the page, readers by id, guests by e-mail. */
async function commenterRecords(req: PayloadRequest, comments: Comment[]): Promise<Map<string, CommenterRecordSummary>> {
  const who = new Map<string, Where>()
  for (const comment of comments) {
    const reader = idOf(comment.author)
    if (reader) who.set(`r:${reader}`, { author: { equals: reader } })
    else if (comment.guestEmail) who.set(`g:${comment.guestEmail}`, { guestEmail: { equals: comment.guestEmail } })
  }
  const count = async (where: Where, statuses: Comment['status'][]) =>
    (await req.payload.count({ collection: 'comments', where: { and: [where, { status: { in: statuses } }] }, overrideAccess: true, req }))
      .totalDocs
  const entries = await Promise.all(
    [...who].map(
      async ([key, where]) => [key, commenterRecord(await count(where, ['approved']), await count(where, ['rejected', 'spam']))] as const,
    ),
  )
  return new Map(entries)
}
