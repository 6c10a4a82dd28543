import { APIError, type PayloadRequest } from 'payload'

import { MODERATING_ROLES } from '@/access/is-moderator'
import { hasRole } from '@/access/roles'
import type { Comment } from '@/payload-types'
import { idOf } from '@/lib/relationships/id-of'
import { SUSPENSION_LABELS, SUSPENSIONS, suspensionOf, type Suspension } from '../domain/moderation-desk'
import { blockGuest } from './guest-blocks'
import { LOGGED, recordModerationEvent } from './moderation-log'
import { signedInReader } from '@/access/signed-in-reader'

/**
 * `DELETE /api/comments/:id`: the commenter or a moderator removes a comment. Its text goes, its
 * place stays (replies keep their thread, shown under "removed"). Removing twice is harmless.
 */
export async function removeComment(req: PayloadRequest, id: string): Promise<{ id: string; message: string }> {
  const comment = await req.payload.findByID({ collection: 'comments', id, depth: 0, overrideAccess: true, req, disableErrors: true })
  const moderator = hasRole(req.user, ...MODERATING_ROLES)
  const reader = signedInReader(req)
  const own = !!reader && !!comment && idOf(comment.author) === String(reader.id)
  if (!comment || (!moderator && !own)) {
    if (!req.user) throw new APIError('Sign in to remove your comment.', 401, undefined, true)
    throw new APIError('No comment of yours has this id.', 404, undefined, true)
  }
  if (comment.status !== 'deleted') {
    await req.payload.update({
      collection: 'comments',
      id,
      data: { status: 'deleted', body: '' },
      overrideAccess: true,
      context: { systemWrite: true },
      req,
    })
  }
  return { id, message: 'The comment was removed.' }
}

/**
 * Approving a comment is the moderator's answer to its reports: they are dismissed (kept, with when
 * and by whom) and no longer count, so the comment leaves the top of "sort by reports" and only new
 * reports can hold it again. Called just before the comment's own update, whose afterChange hook
 * recounts it (reportCount included).
 */
async function dismissReports(req: PayloadRequest, commentId: string): Promise<void> {
  await req.payload.update({
    collection: 'comment-reports',
    where: { and: [{ comment: { equals: commentId } }, { dismissedAt: { exists: false } }] },
    data: { dismissedAt: new Date().toISOString(), dismissedBy: req.user?.collection === 'users' ? req.user.id : null },
    overrideAccess: true,
    req,
  })
}

export const MODERATION_ACTIONS = [
  'approve',
  'reject',
  'spam',
  'feature',
  'unfeature',
  'dismiss-reports',
  'ban-author',
  'suspend-author',
] as const
export type ModerationActionName = (typeof MODERATION_ACTIONS)[number]

const STATUS_OF: Partial<Record<ModerationActionName, Comment['status']>> = {
  approve: 'approved',
  reject: 'rejected',
  spam: 'spam',
  // The comment that earned a ban or suspension does not stay up.
  'ban-author': 'rejected',
  'suspend-author': 'rejected',
}

type ModerationInput = {
  ids: (string | number)[]
  action: ModerationActionName
  reason?: string | null
  duration?: Suspension | null
  /** For a guest's comment: block the network address it came from too (the e-mail is always blocked). */
  byAddress?: boolean | null
}
type ModerationResult = { id: string; ok: boolean; message?: string }

/**
 * Bans or suspends a comment's reader once per request (several selected comments may share one),
 * logs it and mails them the message. A guest has no account: their e-mail (and, if asked, their
 * network address) is blocked instead (guest-blocks.ts). Answers what it could not do, or null.
 */
async function restrictCommenter(req: PayloadRequest, comment: Comment, input: ModerationInput, done: Set<string>): Promise<string | null> {
  if (comment.staffAuthor) return 'a member of staff is not banned from the desk'
  const readerId = idOf(comment.author)
  const who = readerId ? `r:${readerId}` : `g:${comment.guestEmail ?? comment.ipHash ?? comment.id}`
  if (done.has(who)) return null
  done.add(who)
  const preset: Suspension = input.action === 'ban-author' ? 'permanent' : (input.duration ?? 'permanent')
  const verb = readerId ? (preset === 'permanent' ? 'Banned' : 'Suspended') : 'Blocked'
  const reason = input.reason ?? (preset === 'permanent' ? `${verb} from the moderation desk` : `${verb} for ${SUSPENSION_LABELS[preset]}`)
  let blocked = ''
  if (readerId) {
    const restriction = suspensionOf(preset, new Date())
    await req.payload.update({
      collection: 'readers',
      id: readerId,
      data: { ...restriction, banReason: reason },
      overrideAccess: true,
      context: { [LOGGED]: true },
      req,
    })
  } else {
    const outcome = await blockGuest(req, comment, { preset, reason, byAddress: !!input.byAddress })
    if ('problem' in outcome) return outcome.problem
    blocked = ` (the guest's ${outcome.blocked})`
  }
  const event = await recordModerationEvent(req, {
    action: preset === 'permanent' ? 'ban' : 'suspend',
    comment,
    reason: `${SUSPENSION_LABELS[preset]}${blocked}: ${reason}`,
  })
  await mailModerationNotice(req, event.id)
  return null
}

/**
 * `POST /api/comments/moderate` with `{ ids: [...], action, reason?, duration? }`: the desk's verbs,
 * also for tools outside the admin. Each comment gets its own result (one bad id does not stop the
 * rest) and each action its line in the moderation log; a rejection with a reason is mailed to the
 * commenter. "ban-author" and "suspend-author" (24h, 7d, permanent) restrict each comment's reader,
 * or block its guest, and reject the comment.
 */
export async function moderateComments(req: PayloadRequest, input: ModerationInput) {
  if (!hasRole(req.user, ...MODERATING_ROLES))
    throw new APIError('Only moderators, editors and admins moderate comments.', 403, undefined, true)
  const { ids, action } = input
  if (action === 'suspend-author' && !input.duration)
    throw new APIError(`duration is needed to suspend: one of ${SUSPENSIONS.join(', ')}.`, 400, { parameter: 'duration' }, true)
  const reason = input.reason?.trim().slice(0, 300) || null
  const restricted = new Set<string>()

  const results: ModerationResult[] = []
  for (const id of ids.map(String)) {
    const comment = await req.payload.findByID({ collection: 'comments', id, depth: 0, overrideAccess: true, req, disableErrors: true })
    if (!comment) {
      results.push({ id, ok: false, message: 'not found' })
      continue
    }
    const restricting = action === 'ban-author' || action === 'suspend-author'
    if (restricting) {
      const problem = await restrictCommenter(req, comment, { ...input, reason }, restricted)
      if (problem) {
        results.push({ id, ok: false, message: problem })
        continue
      }
    }
    if (comment.status === 'deleted') {
      // Removed text stays removed: a status change would bring back an empty comment.
      results.push({ id, ok: restricting, message: restricting ? undefined : 'the comment was removed' })
      continue
    }
    if (action === 'dismiss-reports' || action === 'approve') await dismissReports(req, id)
    const status = STATUS_OF[action]
    const data: Partial<Comment> = status ? { status } : action === 'dismiss-reports' ? {} : { featured: action === 'feature' }
    const updated = await req.payload.update({
      collection: 'comments',
      id,
      data,
      overrideAccess: true,
      context: { systemWrite: true, [LOGGED]: true },
      req,
    })
    // Every comment's change is logged; a restricted commenter's comments as rejections (the ban
    // or suspension itself is its own entry, and its own mail).
    const event = await recordModerationEvent(req, {
      action: restricting ? 'reject' : action,
      comment: updated,
      reason,
      fromStatus: comment.status,
      toStatus: updated.status,
    })
    if (action === 'reject' && reason) await mailModerationNotice(req, event.id)
    results.push({ id, ok: true })
  }
  return { action, updated: results.filter((result) => result.ok).length, results }
}

/** The commenter hears why, from the queue (an SMTP hiccup is retried, never felt by the moderator). */
async function mailModerationNotice(req: PayloadRequest, eventId: string): Promise<void> {
  await req.payload.jobs.queue({ task: 'sendModerationNotice', input: { eventId }, req })
}
