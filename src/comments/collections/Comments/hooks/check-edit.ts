import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { loadCommentRules } from '@/comments/services/rules'
import { withinEditWindow } from '@/comments/domain'
import { bannedWords, compose, emptyBody, suspectWords, tooLong, tooManyLinks } from '@/comments/domain/moderation'
import { hasRole } from '@/access/roles'
import { MODERATING_ROLES } from '@/access/is-moderator'
import type { Comment } from '@/payload-types'

/** An edit is checked like new text, without the gate (the commenter already got in). */
const checkEditedText = compose([emptyBody, tooLong, bannedWords, tooManyLinks, suspectWords])

/**
 * A reader edits the text of their own comment within the edit window; the new text is checked
 * again, and an edit that needs review takes the comment back to pending. Edits that would be
 * refused are refused whole (nothing is written). Moderators' changes pass untouched.
 */
export const checkEdit: CollectionBeforeChangeHook<Comment> = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc || hasRole(req.user, ...MODERATING_ROLES) || req.context.systemWrite) return data
  if (data.body === undefined || data.body === originalDoc.body) return data
  if (originalDoc.status === 'deleted' || originalDoc.status === 'rejected' || originalDoc.status === 'spam') {
    throw new APIError('This comment can no longer be edited.', 403, undefined, true)
  }
  const rules = await loadCommentRules(req.payload, req)
  const now = new Date()
  if (!withinEditWindow(new Date(originalDoc.createdAt), now, rules.editWindowMinutes)) {
    throw new APIError(
      `Comments can be edited for ${rules.editWindowMinutes} minutes after posting; this one no longer can.`,
      403,
      undefined,
      true,
    )
  }
  const body = String(data.body ?? '')
  const decision = checkEditedText({
    now,
    body,
    commenter: { kind: 'guest' },
    record: { approved: 0, recent: [] },
    article: { commentsMode: 'open' },
    settings: rules.moderation,
  })
  if (decision.action === 'reject' || decision.action === 'spam') {
    throw new APIError(
      decision.publicMessage,
      decision.reasons.some((reason) => reason.code === 'banned-word') ? 422 : 400,
      { parameter: 'body' },
      true,
    )
  }
  const held = decision.action === 'hold'
  return {
    ...data,
    body,
    editedAt: now.toISOString(),
    status: held ? 'pending' : originalDoc.status,
    notice: held ? decision.publicMessage : originalDoc.notice,
    moderationReasons: held
      ? decision.reasons.map((reason) => ({ code: reason.code, detail: `after an edit: ${reason.detail}` }))
      : originalDoc.moderationReasons,
  }
}
