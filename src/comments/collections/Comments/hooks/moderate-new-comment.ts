import { APIError, type CollectionBeforeChangeHook, type PayloadRequest, type Where } from 'payload'

import { anchorForPost } from '@/comments/services/anchors'
import { checkSpam } from '@/comments/services/spam-check-client'
import { loadCommentRules } from '@/comments/services/rules'
import type { Submission } from '@/comments/services/submission'
import { EMAIL_ADDRESS, hashIp, placeReply } from '@/comments/domain'
import { HELD_MESSAGE, moderate, type CommenterRecord, type ModerationContext, type ModerationDecision } from '@/comments/domain/moderation'
import type { Article, Comment, Reader } from '@/payload-types'
import { articlePath } from '@/lib/articles/paths'
import { settings } from '@/lib/config/settings'
import { idOf } from '@/comments/services/public'

const STATUS_FOR: Record<ModerationDecision['action'], Comment['status']> = {
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

/**
 * The way into the comments table for a reader or guest: checks the article and the parent,
 * places the reply in its thread, runs the moderation rules and stores their decision and
 * reasons. Local API writes without a submission (seed, imports) are trusted as given.
 */
export const moderateNewComment: CollectionBeforeChangeHook<Comment> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const submission = req.context.submission as Submission | undefined
  const now = new Date()
  const rules = await loadCommentRules(req.payload, req)

  const articleId = idOf(data.article as Comment['article'])
  // The fields the rules read; the body (a large Lexical tree) only to anchor a quoted passage.
  const quoted = submission?.quote !== undefined && submission.quote !== null
  const article = articleId
    ? ((await req.payload.findByID({
        collection: 'articles',
        id: articleId,
        depth: 0,
        draft: false,
        overrideAccess: true,
        req,
        disableErrors: true,
        select: {
          _status: true,
          commentsMode: true,
          commentModeration: true,
          firstPublishedAt: true,
          slug: true,
          ...(quoted ? { body: true as const } : {}),
        },
      })) as Pick<Article, 'id' | '_status' | 'commentsMode' | 'commentModeration' | 'firstPublishedAt' | 'slug' | 'body'> | null)
    : null
  if (!article || article._status !== 'published' || article.commentsMode === 'disabled') {
    throw new APIError('No published article with comments was found for "article".', 404, { parameter: 'article' }, true)
  }

  const parentId = idOf(data.parent as Comment['parent'])
  let parent: Comment | null = null
  if (parentId) {
    parent = await req.payload.findByID({ collection: 'comments', id: parentId, depth: 0, overrideAccess: true, req, disableErrors: true })
    const ownPending = parent?.status === 'pending' && !!req.user && idOf(parent.author) === String(req.user.id)
    if (!parent || idOf(parent.article) !== article.id || !(parent.status === 'approved' || ownPending)) {
      throw new APIError('"parent" is not a comment on this article.', 400, { parameter: 'parent' }, true)
    }
  }
  const quote =
    submission?.quote !== undefined && submission.quote !== null
      ? anchorForPost(article, submission.quote)
      : data.quote?.exact
        ? data.quote
        : null
  if (quote && parent)
    throw new APIError('Inline feedback starts its own thread: send "quote" without "parent".', 400, { parameter: 'quote' }, true)
  const placement = placeReply(
    parent && { id: parent.id, depth: parent.depth ?? 0, parentId: idOf(parent.parent), rootId: idOf(parent.root) },
    rules.maxDepth,
  )

  const reader = req.user?.collection === 'readers' ? (req.user as unknown as Reader & { collection: 'readers' }) : null
  const identity = commenterIdentity(reader, data)

  const stamped: Partial<Comment> = {
    ...data,
    article: article.id,
    parent: placement.parentId,
    root: placement.rootId,
    depth: placement.depth,
    replyTo: placement.replyToId,
    replyToName: parent ? await displayNameOf(parent, req) : null,
    // A trusted Local API write (seed, import) names its author; a reader's post is always their own.
    author: reader?.id ?? (submission ? null : idOf(data.author as Comment['author'])),
    guestName: reader ? null : identity.guestName || null,
    guestEmail: reader ? null : identity.guestEmail || null,
    body: String(data.body ?? ''),
    quote: quote ?? undefined,
  }
  if (!submission) return { ...stamped, status: data.status ?? 'approved' }

  const autoCloseAt =
    rules.autoCloseAfterDays > 0 && article.firstPublishedAt
      ? new Date(new Date(article.firstPublishedAt).getTime() + rules.autoCloseAfterDays * 86_400_000)
      : null
  const context: ModerationContext = {
    now,
    body: stamped.body ?? '',
    honeypot: submission.honeypot,
    formShownAt: submission.formShownAt,
    commenter: reader
      ? {
          kind: 'reader',
          banned: reader.banned ?? false,
          bannedUntil: reader.bannedUntil ? new Date(reader.bannedUntil) : null,
          trustLevel: reader.trustLevel ?? 'new',
        }
      : { kind: 'guest' },
    record: await commenterRecord(req, reader?.id ?? null, identity.guestEmail, rules.moderation.poorRecordWindow),
    article: { commentsMode: article.commentsMode ?? 'open', autoCloseAt },
    settings: { ...rules.moderation, articleMode: article.commentModeration === 'site' ? null : (article.commentModeration ?? null) },
  }
  // The guest checks come before the spam checker is asked, so a refused guest costs no outside call.
  if (!reader && identity.problem && rules.moderation.guestsAllowed)
    throw new APIError(identity.problem.message, 400, { parameter: identity.problem.parameter }, true)
  // The outside checker is asked only about a comment the local rules would let through or hold.
  const first = moderate(context)
  const askChecker = rules.spamChecker && (first.action === 'approve' || first.action === 'hold')
  const decision = askChecker
    ? moderate({
        ...context,
        spamVerdict: await checkSpam(
          {
            body: context.body,
            author: reader?.displayName ?? identity.guestName,
            email: reader?.email ?? identity.guestEmail,
            ip: submission.ip,
            userAgent: submission.userAgent,
            permalink: `${settings.siteUrl}${articlePath(article.slug ?? '')}`,
          },
          req.payload.logger,
        ),
      })
    : first

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
  submission.outcome = { action: decision.action, message }
  return {
    ...stamped,
    status: STATUS_FOR[decision.action],
    moderationReasons: decision.reasons.map((reason) => ({ code: reason.code, detail: reason.detail })),
    notice: message,
    ipHash: submission.ip ? hashIp(settings.payloadSecret, submission.ip) : null,
    userAgent: submission.userAgent,
  }
}

function commenterIdentity(reader: Reader | null, data: Partial<Comment>) {
  if (reader) return { guestName: null, guestEmail: null, problem: null }
  const guestName = typeof data.guestName === 'string' ? data.guestName.trim() : ''
  const guestEmail = typeof data.guestEmail === 'string' ? data.guestEmail.trim().toLowerCase() : ''
  let problem: { parameter: string; message: string } | null = null
  if (guestName.length < 2 || guestName.length > 60)
    problem = { parameter: 'guestName', message: 'Guests need a name of 2 to 60 characters ("guestName").' }
  else if (!EMAIL_ADDRESS.test(guestEmail) || guestEmail.length > 254)
    problem = { parameter: 'guestEmail', message: 'Guests need a valid e-mail address ("guestEmail"); it is never shown.' }
  return { guestName, guestEmail, problem }
}

async function displayNameOf(comment: Comment, req: PayloadRequest): Promise<string | null> {
  if (comment.guestName) return comment.guestName
  const authorId = idOf(comment.author as Comment['author'])
  if (!authorId) return null
  const author = await req.payload.findByID({
    collection: 'readers',
    id: authorId,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
    select: { displayName: true },
  })
  return author?.displayName ?? null
}

/** The commenter's approved total and recent outcomes, newest first (readers by account, guests by e-mail). */
async function commenterRecord(
  req: PayloadRequest,
  readerId: string | null,
  guestEmail: string | null,
  window: number,
): Promise<CommenterRecord> {
  if (!readerId && !guestEmail) return { approved: 0, recent: [] }
  const who: Where = readerId ? { author: { equals: readerId } } : { guestEmail: { equals: guestEmail } }
  const approved = await req.payload.count({
    collection: 'comments',
    where: { and: [who, { status: { equals: 'approved' } }] },
    overrideAccess: true,
    req,
  })
  const recent = await req.payload.find({
    collection: 'comments',
    where: { and: [who, { status: { in: ['approved', 'rejected', 'spam', 'pending'] } }] },
    sort: '-createdAt',
    limit: Math.max(1, window),
    depth: 0,
    overrideAccess: true,
    req,
    select: { status: true },
  })
  return { approved: approved.totalDocs, recent: recent.docs.map((doc) => doc.status as CommenterRecord['recent'][number]) }
}
