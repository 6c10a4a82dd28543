import { APIError, type CollectionSlug, type PayloadRequest, type Where } from 'payload'

import { checkRateLimit, windowStart, type RateLimit } from '@/lib/requests/window-limit'

export type WindowLimitCheck = {
  /** The rows that count: comments, subscriptions. */
  collection: Extract<CollectionSlug, 'comments' | 'comment-subscriptions'>
  /** Whose rows: this reader's, this address's. */
  where: Where
  limit: RateLimit
  /** Ends the 429's message: "Too many comments from this account". */
  tooMany: string
  now: Date
}

/**
 * Counts the rows made inside a limit's window (in the database every process shares) and answers
 * 429 with Retry-After, when the oldest of them leaves the window, once the limit is reached. One
 * helper for the comment limits (per reader, per address) and the subscription limit, each a
 * comment setting. A max of 0 switches a limit off.
 */
export async function enforceWindowLimit(req: PayloadRequest, { collection, where, limit, tooMany, now }: WindowLimitCheck): Promise<void> {
  if (!(limit.max > 0)) return
  const recent = await req.payload.find({
    collection,
    where: { and: [where, { createdAt: { greater_than: windowStart(limit, now).toISOString() } }] },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
    select: { createdAt: true },
  })
  const oldest = recent.docs[0]?.createdAt
  const verdict = checkRateLimit(limit, { count: recent.totalDocs, oldest: oldest ? new Date(oldest) : null }, now)
  if (verdict.allowed) return
  const seconds = verdict.retryAfterSeconds
  req.responseHeaders = new Headers({ 'Retry-After': String(seconds) })
  throw new APIError(`${tooMany}: try again in ${seconds} seconds.`, 429, { retryAfterSeconds: seconds }, true)
}
