import { APIError, type PayloadRequest } from 'payload'

import { MODERATING_ROLES } from '@/access/is-moderator'
import { hasRole } from '@/access/roles'
import type { Comment } from '@/payload-types'
import { idOf } from '@/lib/relationships/id-of'

/**
 * `DELETE /api/comments/:id`: the commenter or a moderator removes a comment. Its text goes, its
 * place stays (replies keep their thread, shown under "removed"). Removing twice is harmless.
 */
export async function removeComment(req: PayloadRequest, id: string): Promise<{ id: string; message: string }> {
  const comment = await req.payload.findByID({ collection: 'comments', id, depth: 0, overrideAccess: true, req, disableErrors: true })
  const moderator = hasRole(req.user, ...MODERATING_ROLES)
  const own = req.user?.collection === 'readers' && !!comment && idOf(comment.author) === String(req.user.id)
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

export const MODERATION_ACTIONS = ['approve', 'reject', 'spam', 'feature', 'unfeature', 'ban-author'] as const
export type ModerationActionName = (typeof MODERATION_ACTIONS)[number]

const STATUS_OF: Partial<Record<ModerationActionName, Comment['status']>> = { approve: 'approved', reject: 'rejected', spam: 'spam' }

/**
 * `POST /api/comments/moderate` with `{ ids: [...], action, reason? }`: the moderation queue's bulk
 * actions for tools outside the admin. "ban-author" bans each comment's reader and rejects the
 * comment. Each id gets its own result; one bad id does not stop the rest.
 */
export async function moderateComments(req: PayloadRequest, input: { ids?: unknown; action?: unknown; reason?: unknown }) {
  if (!hasRole(req.user, ...MODERATING_ROLES))
    throw new APIError('Only moderators, editors and admins moderate comments.', 403, undefined, true)
  const ids = input.ids
  if (!Array.isArray(ids) || ids.length === 0 || ids.length > 100 || !ids.every((id) => typeof id === 'string')) {
    throw new APIError('ids must be a list of 1 to 100 comment ids.', 400, { parameter: 'ids' }, true)
  }
  const action = input.action as ModerationActionName
  if (!MODERATION_ACTIONS.includes(action))
    throw new APIError(`action must be one of ${MODERATION_ACTIONS.join(', ')}.`, 400, { parameter: 'action' }, true)
  const reason = typeof input.reason === 'string' ? input.reason.slice(0, 300) : null

  const results: { id: string; ok: boolean; message?: string }[] = []
  for (const id of ids as string[]) {
    const comment = await req.payload.findByID({ collection: 'comments', id, depth: 0, overrideAccess: true, req, disableErrors: true })
    if (!comment) {
      results.push({ id, ok: false, message: 'not found' })
      continue
    }
    if (action === 'ban-author') {
      const authorId = idOf(comment.author)
      if (!authorId) {
        results.push({ id, ok: false, message: 'a guest comment has no account to ban' })
        continue
      }
      await req.payload.update({
        collection: 'readers',
        id: authorId,
        data: { banned: true, banReason: reason ?? 'Banned from the moderation queue' },
        overrideAccess: true,
        req,
      })
    }
    if (comment.status === 'deleted') {
      // Removed text stays removed: a status change would bring back an empty comment.
      results.push({ id, ok: action === 'ban-author', message: action === 'ban-author' ? undefined : 'the comment was removed' })
      continue
    }
    const status = STATUS_OF[action] ?? (action === 'ban-author' ? 'rejected' : undefined)
    const data: Partial<Comment> = status ? { status } : { featured: action === 'feature' }
    if (action === 'approve') await dismissReports(req, id)
    await req.payload.update({ collection: 'comments', id, data, overrideAccess: true, context: { systemWrite: true }, req })
    results.push({ id, ok: true })
  }
  return { action, updated: results.filter((result) => result.ok).length, results }
}
