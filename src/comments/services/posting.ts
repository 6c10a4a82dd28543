import { APIError, type PayloadRequest, type Where } from 'payload'

import { settings } from '@/lib/config/settings'
import { digest, hashIp } from '../domain'
import type { Comment } from '@/payload-types'
import { idKindForAdapter, isValidId } from '@/lib/requests/id-format'
import { commentableArticle, quotesFor, withBody } from './listing'
import { subscribe, type SubscribeResult } from './subscriptions'
import { toPublic, type PublicComment } from './public'
import { loadCommentRules } from './rules'
import { draftComment } from './comment-draft'
import { DECISION_CONTEXT, decideOnComment } from './moderation-decision'
import { submissionFrom, type Submission } from './submission'
import { viewerOf } from './viewer'
import { enforceWindowLimit } from './window-limits'

export type PostCommentInput = {
  article?: unknown
  parent?: unknown
  body?: unknown
  guestName?: unknown
  guestEmail?: unknown
  /** The honeypot: a field the form hides from people. */
  website?: unknown
  formShownAt?: unknown
  /** Inline feedback: `{ exact, prefix?, suffix?, blockIndex? }` of the selected passage. */
  quote?: unknown
  /** "Notify of" from the comment form: `article` (all new comments) or `replies` (replies to me). */
  notify?: unknown
}

export type PostCommentResult = {
  status: number
  body: {
    message: string
    comment: PublicComment | null
    replayed?: boolean
    subscription?: SubscribeResult['body'] | { error: string }
  }
}

/** The fields a client may send; anything else (status, counts, featured, author) is ignored. */
function acceptedInput(input: PostCommentInput) {
  const text = (value: unknown) => (typeof value === 'string' ? value : value === undefined || value === null ? undefined : String(value))
  return {
    article: text(input.article),
    parent: text(input.parent) || undefined,
    body: typeof input.body === 'string' ? input.body : '',
    guestName: text(input.guestName),
    guestEmail: text(input.guestEmail),
  }
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/

/**
 * Posts a comment for a reader or guest: `POST /api/comments` and GraphQL `postComment`.
 * - An `Idempotency-Key` (1–200 visible ASCII characters) makes retries safe: the same key and
 *   body return the first comment (200, `replayed: true`); the same key with another body is a 409.
 * - Per-reader and per-address rate limits (comment settings) answer 429 with Retry-After.
 * - The article is read once; the parent, the thread placement and the commenter are resolved
 *   (comment-draft.ts), the moderation pipeline decides (moderation-decision.ts), and the
 *   collection hook stores that decision. The answer carries its plain message: 201 published or
 *   held (spam looks held), 422 when refused for a blocked word.
 */
export async function postComment(req: PayloadRequest, input: PostCommentInput): Promise<PostCommentResult> {
  const data = acceptedInput(input)
  const submission: Submission = submissionFrom(req.headers, {
    honeypot: input.website,
    formShownAt: input.formShownAt,
    quote: input.quote,
  })
  const viewer = viewerOf(req)
  const ipHash = submission.ip ? hashIp(settings.payloadSecret, submission.ip) : null

  const rawKey = req.headers.get('idempotency-key')
  if (rawKey !== null && !IDEMPOTENCY_KEY.test(rawKey)) {
    throw new APIError('Idempotency-Key must be 1 to 200 visible ASCII characters.', 400, { parameter: 'Idempotency-Key' }, true)
  }
  const scope = viewer.readerId ? `reader:${viewer.readerId}` : `guest:${ipHash ?? 'local'}`
  const idempotencyKey = rawKey ? digest({ scope, key: rawKey }) : null
  const fingerprint = digest({ ...data, quote: input.quote ?? null })
  if (idempotencyKey) {
    const replay = await replayed(req, idempotencyKey, fingerprint, viewer)
    if (replay) return replay
  }

  if (!isValidId(data.article, idKindForAdapter(req.payload.db.name))) {
    throw new APIError('"article" must be the id of a published article.', 400, { parameter: 'article' }, true)
  }
  // The article is read once, with its body only when a passage is quoted (to anchor it).
  const quoted = submission.quote !== undefined && submission.quote !== null
  const article = await commentableArticle(req, data.article as string, { body: quoted })
  const rules = await loadCommentRules(req.payload, req)
  const now = new Date()
  if (viewer.readerId) {
    const where: Where = { author: { equals: viewer.readerId } }
    await enforceWindowLimit(req, {
      collection: 'comments',
      where,
      limit: rules.readerRateLimit,
      tooMany: 'Too many comments from this account',
      now,
    })
  }
  if (ipHash) {
    const where: Where = { ipHash: { equals: ipHash } }
    await enforceWindowLimit(req, {
      collection: 'comments',
      where,
      limit: rules.ipRateLimit,
      tooMany: 'Too many comments from this network address',
      now,
    })
  }

  const draft = await draftComment(req, { data, article, rules, postedQuote: submission.quote, trusted: false })
  const decision = await decideOnComment(req, { draft, article, rules, submission, now })

  let created: Comment
  try {
    created = await req.payload.create({
      collection: 'comments',
      data: {
        ...draft.fields,
        idempotencyKey,
        idempotencyFingerprint: idempotencyKey ? fingerprint : null,
      } as Comment,
      context: { [DECISION_CONTEXT]: decision },
      overrideAccess: true,
      depth: 0,
      req,
    })
  } catch (error) {
    // Two requests with one key at once: the unique key lets one in; the other replays it.
    const replay = idempotencyKey ? await replayed(req, idempotencyKey, fingerprint, viewer) : null
    if (replay) return replay
    throw error
  }
  if (created.status === 'rejected') return { status: 422, body: { message: decision.message, comment: null } }
  // A comment just made has no votes: no look-up of the poster's.
  const [shaped] = await toPublic(req, [created], { ...viewer, voter: null }, quotesFor(await withBody(req, article, [created]), [created]))
  const body: PostCommentResult['body'] = { message: decision.message, comment: shaped }
  if (input.notify !== undefined && input.notify !== null && input.notify !== 'none') {
    // The comment stands whatever happens here: a subscription problem is reported beside it.
    try {
      body.subscription = (await subscribe(req, { article: data.article, scope: input.notify, email: data.guestEmail })).body
    } catch (error) {
      body.subscription = { error: error instanceof APIError ? error.message : 'The subscription could not be made.' }
    }
  }
  return { status: 201, body }
}

async function replayed(
  req: PayloadRequest,
  idempotencyKey: string,
  fingerprint: string,
  viewer: ReturnType<typeof viewerOf>,
): Promise<PostCommentResult | null> {
  // Most keys are new: a narrow look first, the whole comment only for a replay.
  const found = await req.payload.find({
    collection: 'comments',
    where: { idempotencyKey: { equals: idempotencyKey } },
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    req,
    select: { idempotencyFingerprint: true },
  })
  const probe = found.docs[0]
  if (!probe) return null
  if (probe.idempotencyFingerprint !== fingerprint) {
    throw new APIError(
      'This Idempotency-Key was already used for a different comment: use a new key for new content.',
      409,
      { parameter: 'Idempotency-Key' },
      true,
    )
  }
  const first = await req.payload.findByID({
    collection: 'comments',
    id: probe.id,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  })
  if (first.status === 'rejected')
    return { status: 422, body: { message: first.notice ?? 'Your comment could not be posted.', comment: null, replayed: true } }
  const [shaped] = await toPublic(req, [first], viewer)
  return { status: 200, body: { message: first.notice ?? 'Your comment is published.', comment: shaped, replayed: true } }
}
