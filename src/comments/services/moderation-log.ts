import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { staffRole } from '@/access/roles'
import type { Comment, ModerationEvent, Reader } from '@/payload-types'
import { idOf } from '@/lib/relationships/id-of'
import { EVENT_VERBS as VERBS, type ModerationEventAction } from '../domain/moderation-desk'

/** Set by whoever records the event itself, so the comment hook below does not record it twice. */
export const LOGGED = 'moderationLogged'

type EventInput = {
  action: ModerationEventAction
  comment?: Pick<Comment, 'id' | 'article' | 'author' | 'guestEmail' | 'excerpt' | 'body'> | null
  reader?: string | null
  /** For an action on a reader rather than on a comment: their name, for the summary. */
  readerName?: string | null
  reason?: string | null
  fromStatus?: string | null
  toStatus?: string | null
}

/** What was done to a reader, when no comment is involved ("Noted on the reader Sam Reid"). */
const READER_VERBS: Partial<Record<ModerationEventAction, string>> = {
  note: 'Noted on the reader',
  ban: 'Banned the reader',
  suspend: 'Suspended the reader',
}

const staffName = (user: PayloadRequest['user']) => {
  const staff = user as { name?: string | null; email?: string | null } | null
  return staff?.name || staff?.email || null
}

/** One line in the moderation log, in the request's transaction, by the signed-in member of staff. */
export async function recordModerationEvent(req: PayloadRequest, input: EventInput): Promise<ModerationEvent> {
  const { comment } = input
  const excerpt = (comment?.excerpt ?? comment?.body ?? '').slice(0, 60)
  return req.payload.create({
    collection: 'moderation-events',
    data: {
      action: input.action,
      summary: comment
        ? `${VERBS[input.action]} “${excerpt}”`
        : input.readerName
          ? `${READER_VERBS[input.action] ?? VERBS[input.action]} ${input.readerName}`
          : VERBS[input.action].replace(/ (of|on)$/, ''),
      actor: staffRole(req.user) ? String(req.user?.id) : null,
      actorName: staffRole(req.user) ? staffName(req.user) : null,
      comment: comment?.id ?? null,
      article: comment ? idOf(comment.article) : null,
      reader: input.reader ?? (comment ? idOf(comment.author) : null),
      guestEmail: comment?.guestEmail ?? null,
      reason: input.reason ?? null,
      fromStatus: input.fromStatus ?? null,
      toStatus: input.toStatus ?? null,
    },
    overrideAccess: true,
    req,
  })
}

/**
 * A member of staff who changes a comment's status, featured flag or note in the admin's own form
 * (or over REST) is logged as the desk's verbs are. The desk's service logs its own (context LOGGED).
 */
export const logStaffCommentEdits: CollectionAfterChangeHook<Comment> = async ({ doc, previousDoc, operation, req, context }) => {
  if (operation !== 'update' || context[LOGGED] || !staffRole(req.user) || !previousDoc) return doc
  if (doc.status !== previousDoc.status) {
    const action: ModerationEventAction =
      doc.status === 'approved' ? 'approve' : doc.status === 'rejected' ? 'reject' : doc.status === 'spam' ? 'spam' : 'status'
    await recordModerationEvent(req, { action, comment: doc, fromStatus: previousDoc.status, toStatus: doc.status })
  }
  if (Boolean(doc.featured) !== Boolean(previousDoc.featured)) {
    await recordModerationEvent(req, { action: doc.featured ? 'feature' : 'unfeature', comment: doc })
  }
  if ((doc.moderatorNote ?? '') !== (previousDoc.moderatorNote ?? '') && doc.moderatorNote) {
    await recordModerationEvent(req, { action: 'note', comment: doc, reason: doc.moderatorNote })
  }
  return doc
}

/**
 * A note on a reader, or a ban or suspension set in the admin's Readers form (or over REST), is
 * logged as the desk's own are; the desk's verbs log theirs themselves (context LOGGED).
 */
export const logStaffReaderEdits: CollectionAfterChangeHook<Reader> = async ({ doc, previousDoc, operation, req, context }) => {
  if (operation !== 'update' || context[LOGGED] || !staffRole(req.user) || !previousDoc) return doc
  const who = { reader: doc.id, readerName: doc.displayName }
  if (doc.moderatorNotes && doc.moderatorNotes !== (previousDoc.moderatorNotes ?? ''))
    await recordModerationEvent(req, { ...who, action: 'note', reason: doc.moderatorNotes })
  const newlyBanned = !!doc.banned && !previousDoc.banned
  const newlySuspended =
    !!doc.bannedUntil && doc.bannedUntil !== previousDoc.bannedUntil && new Date(doc.bannedUntil).getTime() > Date.now()
  if (newlyBanned || newlySuspended)
    await recordModerationEvent(req, { ...who, action: newlyBanned ? 'ban' : 'suspend', reason: doc.banReason ?? null })
  return doc
}
