import { APIError, type Payload, type PayloadRequest, type Where } from 'payload'

import { EMAIL_ADDRESS, hashIp, signToken, verifyToken } from '../domain'
import { settings } from '@/lib/config/settings'
import { idKindForAdapter, isValidId } from '@/lib/requests/id-format'
import type { Comment, CommentSubscription } from '@/payload-types'
import { commentableArticle } from './listing'
import { idOf } from '@/lib/relationships/id-of'
import { loadCommentRules } from './rules'
import { CLIENT_IP_HEADER } from '@/lib/requests/client-ip'
import { enforceWindowLimit } from './window-limits'
import { signedInReader } from '@/access/signed-in-reader'

export const SCOPES = ['article', 'replies'] as const
export type Scope = (typeof SCOPES)[number]

const CONFIRM = 'subscription-confirm'
const UNSUBSCRIBE = 'subscription-unsubscribe'
const CONFIRM_HOURS = 48
/** A pending address is not mailed again sooner than this, however often it subscribes. */
const RESEND_CONFIRMATION_MS = 10 * 60_000

export const confirmUrl = (id: string, now = Date.now()) =>
  `${settings.siteUrl}/api/comment-subscriptions/confirm?token=${signToken(settings.payloadSecret, CONFIRM, { s: id }, now + CONFIRM_HOURS * 3_600_000)}`
export const unsubscribeUrl = (id: string) =>
  `${settings.siteUrl}/api/comment-subscriptions/unsubscribe?token=${signToken(settings.payloadSecret, UNSUBSCRIBE, { s: id })}`

export type SubscribeResult = {
  status: number
  body: { message: string; subscription: { id: string; article: string; scope: Scope; status: string } }
}

const shape = (doc: CommentSubscription) => ({ id: doc.id, article: idOf(doc.article)!, scope: doc.scope, status: doc.status })

/**
 * `POST /api/comment-subscriptions` `{ article, scope: article | replies, email? }` (and `notify` on
 * a comment post). A signed-in reader is subscribed at once with their confirmed address; a guest
 * gets a confirmation mail (queued) and nothing else until they follow its link. Subscribing again
 * is harmless: the same subscription comes back (200), and a pending one is not re-mailed within
 * ten minutes. Too many from one address or network address: 429.
 */
export async function subscribe(
  req: PayloadRequest,
  input: { article?: unknown; scope?: unknown; email?: unknown },
): Promise<SubscribeResult> {
  if (!SCOPES.includes(input.scope as Scope))
    throw new APIError(
      'scope must be "article" (all new comments) or "replies" (replies to my comments).',
      400,
      { parameter: 'scope' },
      true,
    )
  const scope = input.scope as Scope
  if (!isValidId(input.article, idKindForAdapter(req.payload.db.name)))
    throw new APIError('"article" must be the id of a published article.', 400, { parameter: 'article' }, true)
  const article = await commentableArticle(req, input.article as string)
  const signedIn = signedInReader(req)
  const reader = signedIn ? { id: String(signedIn.id), email: String(signedIn.email).toLowerCase() } : null
  const email = reader?.email ?? (typeof input.email === 'string' ? input.email.trim().toLowerCase() : '')
  if (!EMAIL_ADDRESS.test(email) || email.length > 254)
    throw new APIError('Give a valid e-mail address ("email") to be notified.', 400, { parameter: 'email' }, true)

  const now = new Date()
  const ip = req.headers.get(CLIENT_IP_HEADER)
  const ipHash = ip ? hashIp(settings.payloadSecret, ip) : null
  await checkSubscribeLimits(req, email, ipHash, now)

  const where: Where = { and: [{ article: { equals: article.id } }, { email: { equals: email } }, { scope: { equals: scope } }] }
  const find = async () =>
    (await req.payload.find({ collection: 'comment-subscriptions', where, limit: 1, depth: 0, overrideAccess: true, req })).docs[0]
  let doc = await find()
  let created = false
  if (!doc) {
    try {
      doc = await req.payload.create({
        collection: 'comment-subscriptions',
        data: { article: article.id, email, scope, reader: reader?.id ?? null, status: 'pending', ipHash },
        overrideAccess: true,
        req,
      })
      created = true
    } catch (error) {
      doc = await find() // the same address, twice at once: the unique index kept one
      if (!doc) throw error
    }
  }

  if (doc.status === 'active') {
    return { status: created ? 201 : 200, body: { message: 'You are subscribed.', subscription: shape(doc) } }
  }
  if (reader) {
    doc = await req.payload.update({
      collection: 'comment-subscriptions',
      id: doc.id,
      data: { status: 'active', reader: reader.id, confirmedAt: now.toISOString(), notifiedThrough: now.toISOString(), digestDueAt: null },
      overrideAccess: true,
      req,
    })
    return { status: created ? 201 : 200, body: { message: 'You are subscribed.', subscription: shape(doc) } }
  }
  const sentAt = doc.confirmationSentAt ? new Date(doc.confirmationSentAt).getTime() : 0
  if (doc.status === 'unsubscribed' || now.getTime() - sentAt > RESEND_CONFIRMATION_MS) {
    doc = await req.payload.update({
      collection: 'comment-subscriptions',
      id: doc.id,
      data: { status: 'pending', confirmationSentAt: now.toISOString() },
      overrideAccess: true,
      req,
    })
    await req.payload.jobs.queue({ task: 'sendSubscriptionConfirmation', input: { subscriptionId: doc.id }, req })
  }
  return {
    status: created ? 201 : 200,
    body: { message: 'Check your inbox: follow the link in the e-mail we sent to confirm.', subscription: shape(doc) },
  }
}

async function checkSubscribeLimits(req: PayloadRequest, email: string, ipHash: string | null, now: Date): Promise<void> {
  const rules = await loadCommentRules(req.payload, req)
  const forAddress = await req.payload.count({
    collection: 'comment-subscriptions',
    where: { and: [{ email: { equals: email } }, { status: { not_equals: 'unsubscribed' } }] },
    overrideAccess: true,
    req,
  })
  if (forAddress.totalDocs >= rules.maxSubscriptionsPerAddress) {
    throw new APIError(
      `This address already follows ${forAddress.totalDocs} conversations, the most allowed: unsubscribe from some first.`,
      429,
      undefined,
      true,
    )
  }
  if (!ipHash) return
  await enforceWindowLimit(req, {
    collection: 'comment-subscriptions',
    where: { ipHash: { equals: ipHash } },
    limit: rules.subscribeRateLimit,
    tooMany: 'Too many subscriptions from this network address',
    now,
  })
}

async function subscriptionFromToken(req: PayloadRequest, purpose: string, token: unknown, what: string): Promise<CommentSubscription> {
  const check = verifyToken<{ s?: unknown }>(settings.payloadSecret, purpose, token, Date.now())
  if (!check.ok) {
    throw new APIError(
      check.reason === 'expired'
        ? `This ${what} link has expired: subscribe again to get a new one.`
        : `This ${what} link is not valid: open the whole link from the e-mail.`,
      400,
      { parameter: 'token' },
      true,
    )
  }
  const id = check.value?.s
  const doc =
    typeof id === 'string'
      ? await req.payload.findByID({ collection: 'comment-subscriptions', id, depth: 0, overrideAccess: true, req, disableErrors: true })
      : null
  if (!doc) throw new APIError(`This ${what} link is for a subscription that no longer exists.`, 404, undefined, true)
  return doc
}

/** `GET /api/comment-subscriptions/confirm?token=…`: the double opt-in link (valid 48 hours). */
export async function confirmSubscription(req: PayloadRequest, token: unknown) {
  const doc = await subscriptionFromToken(req, CONFIRM, token, 'confirmation')
  if (doc.status === 'unsubscribed')
    throw new APIError('You unsubscribed since this mail was sent: subscribe again to follow the conversation.', 409, undefined, true)
  if (doc.status !== 'active') {
    const now = new Date().toISOString()
    await req.payload.update({
      collection: 'comment-subscriptions',
      id: doc.id,
      data: { status: 'active', confirmedAt: now, notifiedThrough: now },
      overrideAccess: true,
      req,
    })
  }
  return { message: 'Confirmed: we will e-mail you about new comments.', subscription: shape({ ...doc, status: 'active' }) }
}

/** `GET|POST /api/comment-subscriptions/unsubscribe?token=…`: one click, no login; repeating it is harmless. */
export async function unsubscribe(req: PayloadRequest, token: unknown) {
  const doc = await subscriptionFromToken(req, UNSUBSCRIBE, token, 'unsubscribe')
  if (doc.status !== 'unsubscribed') {
    await req.payload.update({
      collection: 'comment-subscriptions',
      id: doc.id,
      data: { status: 'unsubscribed', digestDueAt: null },
      overrideAccess: true,
      req,
    })
  }
  return {
    message: 'You are unsubscribed: no more e-mail about this conversation.',
    subscription: shape({ ...doc, status: 'unsubscribed' }),
  }
}

/** Who wrote a comment, as subscriptions record people: a reader id and/or an e-mail address. */
async function commenterOf(
  payload: Payload,
  comment: Comment,
  req: PayloadRequest,
): Promise<{ readerId: string | null; email: string | null }> {
  const readerId = idOf(comment.author)
  if (!readerId) return { readerId: null, email: comment.guestEmail ?? null }
  return { readerId, email: await readerAddress(payload, readerId, req) }
}

/** A reader's e-mail address as subscriptions store it (lower case), or null when the reader is gone. */
export async function readerAddress(payload: Payload, readerId: string, req: PayloadRequest): Promise<string | null> {
  // The reader who is posting: their address came with the request's user.
  const poster = signedInReader(req)
  if (poster && String(poster.id) === readerId) return poster.email?.toLowerCase() ?? null
  const reader = await payload.findByID({
    collection: 'readers',
    id: readerId,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
    select: { email: true },
  })
  return reader?.email?.toLowerCase() ?? null
}

const notBy = (who: { readerId: string | null; email: string | null }): Where[] => [
  ...(who.readerId ? [{ or: [{ reader: { exists: false } }, { reader: { not_equals: who.readerId } }] }] : []),
  ...(who.email ? [{ email: { not_equals: who.email } }] : []),
]

/**
 * When a comment is approved: every active subscription it concerns (the article's followers, and
 * the author of the comment it answers if they follow replies), except its own author's, gets one
 * digest job, due when the subscriber's interval allows. A subscription that already has a job
 * waiting is left alone: that job will pick this comment up too. Runs in the writer's transaction.
 */
export async function queueCommentNotifications(
  payload: Payload,
  doc: Comment,
  previous: Comment | null,
  req: PayloadRequest,
): Promise<number> {
  if (doc.status !== 'approved' || previous?.status === 'approved') return 0
  const articleId = idOf(doc.article)
  if (!articleId) return 0
  const audience: Where[] = [{ scope: { equals: 'article' } }]
  const answeredId = idOf(doc.replyTo)
  const answered = answeredId
    ? await payload.findByID({ collection: 'comments', id: answeredId, depth: 0, overrideAccess: true, req, disableErrors: true })
    : null
  if (answered) {
    const who = await commenterOf(payload, answered, req)
    const match: Where[] = [
      ...(who.readerId ? [{ reader: { equals: who.readerId } }] : []),
      ...(who.email ? [{ email: { equals: who.email } }] : []),
    ]
    if (match.length > 0) audience.push({ and: [{ scope: { equals: 'replies' } }, { or: match }] })
  }
  const author = await commenterOf(payload, doc, req)
  const subscriptions = await payload.find({
    collection: 'comment-subscriptions',
    where: { and: [{ article: { equals: articleId } }, { status: { equals: 'active' } }, { or: audience }, ...notBy(author)] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const rules = await loadCommentRules(payload, req)
  const now = Date.now()
  let queued = 0
  for (const subscription of subscriptions.docs) {
    if (subscription.digestDueAt) continue
    await scheduleDigest(payload, subscription, rules.notifyIntervalMinutes, now, req)
    queued++
  }
  return queued
}

export async function scheduleDigest(
  payload: Payload,
  subscription: CommentSubscription,
  intervalMinutes: number,
  now: number,
  req: PayloadRequest,
): Promise<void> {
  const last = subscription.lastSentAt ? new Date(subscription.lastSentAt).getTime() : 0
  const due = new Date(Math.max(now, last + intervalMinutes * 60_000))
  await payload.update({
    collection: 'comment-subscriptions',
    id: subscription.id,
    data: { digestDueAt: due.toISOString() },
    overrideAccess: true,
    req,
  })
  await payload.jobs.queue({ task: 'sendCommentDigest', input: { subscriptionId: subscription.id }, waitUntil: due, req })
}

/** The approved comments a subscription has not been told about yet, oldest approval first. */
export async function unsentComments(payload: Payload, subscription: CommentSubscription, req: PayloadRequest, limit: number) {
  const articleId = idOf(subscription.article)!
  const since = subscription.notifiedThrough ?? subscription.confirmedAt ?? subscription.createdAt
  const own: Where[] = [
    ...(idOf(subscription.reader) ? [{ or: [{ author: { exists: false } }, { author: { not_equals: idOf(subscription.reader) } }] }] : []),
    { or: [{ guestEmail: { exists: false } }, { guestEmail: { not_equals: subscription.email } }] },
  ]
  const conditions: Where[] = [
    { article: { equals: articleId } },
    { status: { equals: 'approved' } },
    { approvedAt: { greater_than: since } },
    ...own,
  ]
  if (subscription.scope === 'replies') {
    const mine = await payload.find({
      collection: 'comments',
      where: {
        and: [
          { article: { equals: articleId } },
          {
            or: [
              ...(idOf(subscription.reader) ? [{ author: { equals: idOf(subscription.reader) } }] : []),
              { guestEmail: { equals: subscription.email } },
            ],
          },
        ],
      },
      limit: 500,
      depth: 0,
      overrideAccess: true,
      req,
      select: { status: true },
    })
    if (mine.docs.length === 0) return { docs: [] as Comment[], totalDocs: 0 }
    conditions.push({ replyTo: { in: mine.docs.map((doc) => doc.id) } })
  }
  return payload.find({
    collection: 'comments',
    where: { and: conditions },
    sort: ['approvedAt', 'id'],
    limit,
    depth: 0,
    overrideAccess: true,
    req,
  })
}
