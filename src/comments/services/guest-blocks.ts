import type { PayloadRequest, Where } from 'payload'

import type { Comment } from '@/payload-types'
import { guestRestriction, type GuestIdentity, type GuestRestriction } from '../domain/guest-blocks'
import { suspensionOf, type Suspension } from '../domain/moderation-desk'

const inForce = (now: Date): Where => ({ or: [{ until: { exists: false } }, { until: { greater_than: now.toISOString() } }] })

/** The blocks naming any of these guests' e-mail or network addresses and still in force: one query. */
async function blocksNaming(req: PayloadRequest, who: GuestIdentity[], now: Date) {
  const emails = [...new Set(who.map((guest) => guest.email?.trim().toLowerCase()).filter((email): email is string => !!email))]
  const hashes = [...new Set(who.map((guest) => guest.ipHash).filter((hash): hash is string => !!hash))]
  if (emails.length === 0 && hashes.length === 0) return []
  const naming: Where[] = [...(emails.length ? [{ email: { in: emails } }] : []), ...(hashes.length ? [{ ipHash: { in: hashes } }] : [])]
  const found = await req.payload.find({
    collection: 'blocked-guests',
    where: { and: [{ or: naming }, inForce(now)] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { email: true, ipHash: true, until: true },
  })
  return found.docs
}

/** Whether a guest about to post is blocked, as the moderation pipeline takes it (a ban or a suspension). */
export async function guestRestrictionOf(req: PayloadRequest, who: GuestIdentity, now: Date): Promise<GuestRestriction> {
  return guestRestriction(await blocksNaming(req, [who], now), who, now)
}

/** For the desk's cards: each guest comment's restriction, keyed by comment id. */
export async function guestRestrictions(req: PayloadRequest, comments: Comment[], now: Date): Promise<Map<string, GuestRestriction>> {
  const guests = comments.filter((comment) => !comment.author && !comment.staffAuthor)
  const identity = (comment: Comment): GuestIdentity => ({ email: comment.guestEmail, ipHash: comment.ipHash })
  const blocks = await blocksNaming(req, guests.map(identity), now)
  return new Map(guests.map((comment) => [comment.id, guestRestriction(blocks, identity(comment), now)]))
}

/**
 * Blocks a guest comment's writer, by the e-mail they gave and, when asked or when they gave
 * none, by the network address the comment came from. Answers what it blocked, in words for the
 * log, or why it could not.
 */
export async function blockGuest(
  req: PayloadRequest,
  comment: Comment,
  { preset, reason, byAddress }: { preset: Suspension; reason: string; byAddress: boolean },
): Promise<{ blocked: string } | { problem: string }> {
  const email = comment.guestEmail ?? null
  const ipHash = byAddress || !email ? (comment.ipHash ?? null) : null
  if (!email && !ipHash) return { problem: 'this guest left no e-mail or network address to block' }
  const { bannedUntil } = suspensionOf(preset, new Date())
  await req.payload.create({
    collection: 'blocked-guests',
    data: { email, ipHash, until: bannedUntil, reason, comment: comment.id },
    overrideAccess: true,
    req,
  })
  return { blocked: [email ? 'e-mail' : null, ipHash ? 'network address' : null].filter(Boolean).join(' and ') }
}
