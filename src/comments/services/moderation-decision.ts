import { APIError, type PayloadRequest, type Where } from 'payload'

import { hashIp } from '../domain'
import {
  HELD_MESSAGE,
  moderateStaff,
  moderateWithChecker,
  type CommenterRecord,
  type ModerationAction,
  type ModerationContext,
} from '../domain/moderation'
import { articlePath } from '@/lib/articles/paths'
import { settings } from '@/lib/config/settings'
import type { Comment } from '@/payload-types'
import type { CommentDraft } from './comment-draft'
import { guestRestrictionOf } from './guest-blocks'
import type { CommentableArticle } from './listing'
import type { CommentRules } from './rules'
import { checkSpam } from './spam-check-client'
import type { Submission } from './submission'

/** The moderation outcome for a new comment: what the commenter is told, and what the collection hook stores. */
export type CommentDecision = {
  action: ModerationAction
  message: string
  fields: Pick<Comment, 'status' | 'moderationReasons' | 'notice' | 'ipHash' | 'userAgent'>
}

/** The key under which the posting service hands its decision to the collection hook that stores it (`req.context`). */
export const DECISION_CONTEXT = 'commentDecision'

const STATUS_FOR: Record<ModerationAction, Comment['status']> = {
  approve: 'approved',
  hold: 'pending',
  reject: 'rejected',
  spam: 'spam',
}

/** Refusals that are the request's fault are answered, not stored: nothing in them is worth a moderator's time. */
const REFUSED: Partial<Record<string, number>> = {
  empty: 400,
  'too-long': 400,
  closed: 403,
  banned: 403,
  suspended: 403,
  'guests-not-allowed': 401,
}

export type DecisionInput = {
  draft: CommentDraft
  article: CommentableArticle
  rules: CommentRules
  submission: Submission
  now: Date
}

/**
 * Runs the moderation pipeline (with the optional outside spam checker as its async step) on a
 * drafted comment. A refusal that is the request's fault (empty, too long, closed, banned, guests
 * off, a guest without a name or address) is thrown as the 4xx the commenter is told.
 */
export async function decideOnComment(
  req: PayloadRequest,
  { draft, article, rules, submission, now }: DecisionInput,
): Promise<CommentDecision> {
  const { reader, staff, guestName, guestEmail, problem } = draft.identity
  const ipHash = submission.ip ? hashIp(settings.payloadSecret, submission.ip) : null
  const autoCloseAt =
    rules.autoCloseAfterDays > 0 && article.firstPublishedAt
      ? new Date(new Date(article.firstPublishedAt).getTime() + rules.autoCloseAfterDays * 86_400_000)
      : null
  const context: ModerationContext = {
    now,
    body: draft.fields.body ?? '',
    honeypot: submission.honeypot,
    formShownAt: submission.formShownAt,
    commenter: staff
      ? { kind: 'staff', role: staff.role }
      : reader
        ? {
            kind: 'reader',
            banned: reader.banned ?? false,
            bannedUntil: reader.bannedUntil ? new Date(reader.bannedUntil) : null,
            trustLevel: reader.trustLevel ?? 'new',
          }
        : { kind: 'guest', ...(await guestRestrictionOf(req, { email: guestEmail, ipHash }, now)) },
    record: staff ? { approved: 0, recent: [] } : await commenterRecord(req, reader?.id ?? null, guestEmail, rules.moderation),
    article: { commentsMode: article.commentsMode ?? 'open', autoCloseAt },
    settings: { ...rules.moderation, articleMode: article.commentModeration === 'site' ? null : (article.commentModeration ?? null) },
  }
  // The guest checks come before the spam checker is asked, so a refused guest costs no outside call.
  if (!reader && !staff && problem && rules.moderation.guestsAllowed)
    throw new APIError(problem.message, 400, { parameter: problem.parameter }, true)
  const askChecker = rules.spamChecker
    ? () =>
        checkSpam(
          {
            body: context.body,
            author: reader?.displayName ?? guestName,
            email: reader?.email ?? guestEmail,
            ip: submission.ip,
            userAgent: submission.userAgent,
            permalink: `${settings.siteUrl}${articlePath(article.slug ?? '')}`,
          },
          req.payload.logger,
        )
    : null
  const decision = staff ? moderateStaff(context) : await moderateWithChecker(context, askChecker)

  const refusal = decision.reasons.find((reason) => REFUSED[reason.code])
  if (refusal && (decision.action === 'reject' || decision.action === 'spam')) {
    throw new APIError(
      decision.publicMessage,
      REFUSED[refusal.code],
      { reason: refusal.code === 'too-long' || refusal.code === 'empty' ? 'body' : refusal.code },
      true,
    )
  }
  // A bot is told what a held comment is told: which check caught it would teach it to pass.
  const message = decision.action === 'spam' ? HELD_MESSAGE : decision.publicMessage
  return {
    action: decision.action,
    message,
    fields: {
      status: STATUS_FOR[decision.action],
      moderationReasons: decision.reasons.map((reason) => ({ code: reason.code, detail: reason.detail })),
      notice: message,
      ipHash,
      userAgent: submission.userAgent,
    },
  }
}

/**
 * The commenter's approved comments (up to the number that makes them trusted) and recent outcomes,
 * newest first (readers by account, guests by e-mail). Both walk the commenter's history index.
 */
async function commenterRecord(
  req: PayloadRequest,
  readerId: string | null,
  guestEmail: string | null,
  { trustedAfterApproved, poorRecordWindow }: Pick<CommentRules['moderation'], 'trustedAfterApproved' | 'poorRecordWindow'>,
): Promise<CommenterRecord> {
  if (!readerId && !guestEmail) return { approved: 0, recent: [] }
  const who: Where = readerId ? { author: { equals: readerId } } : { guestEmail: { equals: guestEmail } }
  const newest = (statuses: Comment['status'][], limit: number) =>
    req.payload.find({
      collection: 'comments',
      where: { and: [who, { status: { in: statuses } }] },
      sort: '-createdAt',
      limit: Math.max(1, limit),
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
      select: { status: true },
    })
  const approved = trustedAfterApproved > 0 ? (await newest(['approved'], trustedAfterApproved)).docs.length : 0
  const recent = await newest(['approved', 'rejected', 'spam', 'pending'], poorRecordWindow)
  return {
    approved: Math.min(approved, trustedAfterApproved),
    recent: recent.docs.map((doc) => doc.status as CommenterRecord['recent'][number]),
  }
}
