import { APIError, type PayloadRequest, type Where } from 'payload'

import { REPORT_REASONS } from '../domain/report-reasons'
import { afterReport } from '../domain/moderation'
import type { Comment } from '@/payload-types'
import { purgeForVote } from '@/cache/purge'
import { recountComment } from './counters'
import { idOf } from '@/lib/relationships/id-of'
import { loadCommentRules } from './rules'
import { viewerOf } from './viewer'

async function approvedComment(req: PayloadRequest, id: string): Promise<Comment> {
  const comment = await req.payload.findByID({ collection: 'comments', id, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (!comment || comment.status !== 'approved') throw new APIError('No published comment has this id.', 404, undefined, true)
  return comment
}

/**
 * `POST /api/comments/:id/vote` with `{ value: 1 | -1 | 0 }` (0 takes a vote back). One vote per
 * reader, or per guest token (`X-Guest-Token`, from `POST /api/comments/guest-token`); voting
 * again changes the vote. Nobody votes on their own comment.
 */
export async function voteOnComment(req: PayloadRequest, id: string, input: { value?: unknown; guestToken?: unknown }) {
  const value = Number(input.value)
  if (![1, -1, 0].includes(value) || input.value === null || input.value === '') {
    throw new APIError('value must be 1 (up), -1 (down) or 0 (take the vote back).', 400, { parameter: 'value' }, true)
  }
  const viewer = viewerOf(req, input.guestToken)
  if (!viewer.voter) {
    throw new APIError('Sign in to vote, or send a guest token (X-Guest-Token) from POST /api/comments/guest-token.', 401, undefined, true)
  }
  const comment = await approvedComment(req, id)
  if (viewer.readerId && idOf(comment.author) === viewer.readerId)
    throw new APIError('You cannot vote on your own comment.', 403, undefined, true)

  const where: Where = { and: [{ comment: { equals: comment.id } }, { voter: { equals: viewer.voter } }] }
  const existing = (await req.payload.find({ collection: 'comment-votes', where, limit: 1, depth: 0, overrideAccess: true, req })).docs[0]
  if (value === 0) {
    if (existing) await req.payload.delete({ collection: 'comment-votes', id: existing.id, overrideAccess: true, req })
  } else if (existing) {
    if (existing.value !== value)
      await req.payload.update({ collection: 'comment-votes', id: existing.id, data: { value }, overrideAccess: true, req })
  } else {
    try {
      await req.payload.create({
        collection: 'comment-votes',
        data: { comment: comment.id, voter: viewer.voter, value },
        overrideAccess: true,
        req,
      })
    } catch (error) {
      // A double click that raced the first: the unique (comment, voter) pair kept one row; set it.
      const raced = (await req.payload.find({ collection: 'comment-votes', where, limit: 1, depth: 0, overrideAccess: true, req })).docs[0]
      if (!raced) throw error
      await req.payload.update({ collection: 'comment-votes', id: raced.id, data: { value }, overrideAccess: true, req })
    }
  }
  await recountComment(req.payload, comment.id, req)
  await purgeForVote(req, idOf(comment.article))
  const fresh = await req.payload.findByID({ collection: 'comments', id: comment.id, depth: 0, overrideAccess: true, req })
  return {
    id: comment.id,
    votes: { up: fresh.votesUp ?? 0, down: fresh.votesDown ?? 0, score: fresh.score ?? 0 },
    myVote: value === 0 ? null : value,
  }
}

/**
 * `POST /api/comments/:id/report` with `{ reason: spam | abuse | off-topic | other, text? }`, by a
 * signed-in reader, once per comment. Enough reports send the comment back to review.
 */
export async function reportComment(req: PayloadRequest, id: string, input: { reason?: unknown; text?: unknown }) {
  if (req.user?.collection !== 'readers') throw new APIError('Sign in to report a comment.', 401, undefined, true)
  const reason = input.reason
  if (!REPORT_REASONS.includes(reason as (typeof REPORT_REASONS)[number])) {
    throw new APIError(`reason must be one of ${REPORT_REASONS.join(', ')}.`, 400, { parameter: 'reason' }, true)
  }
  const text = input.text === undefined || input.text === null ? '' : String(input.text).trim()
  if (text.length > 1000) throw new APIError('text can be at most 1000 characters.', 400, { parameter: 'text' }, true)
  const comment = await approvedComment(req, id)
  const readerId = String(req.user.id)
  if (idOf(comment.author) === readerId) throw new APIError('You cannot report your own comment.', 403, undefined, true)
  const where: Where = { and: [{ comment: { equals: comment.id } }, { reporter: { equals: readerId } }] }
  const already = async () => (await req.payload.count({ collection: 'comment-reports', where, overrideAccess: true, req })).totalDocs > 0
  if (await already()) throw new APIError('You already reported this comment.', 409, undefined, true)
  try {
    await req.payload.create({
      collection: 'comment-reports',
      data: { comment: comment.id, reporter: readerId, reason: reason as (typeof REPORT_REASONS)[number], text: text || null },
      overrideAccess: true,
      req,
    })
  } catch (error) {
    if (await already()) throw new APIError('You already reported this comment.', 409, undefined, true)
    throw error
  }
  await recountComment(req.payload, comment.id, req)
  const fresh = await req.payload.findByID({ collection: 'comments', id: comment.id, depth: 0, overrideAccess: true, req })
  const rules = await loadCommentRules(req.payload, req)
  const next = afterReport({ status: 'approved', reportCount: fresh.reportCount ?? 0, settings: rules.moderation })
  if (next.status === 'pending' && next.reason) {
    await req.payload.update({
      collection: 'comments',
      id: comment.id,
      data: { status: 'pending', moderationReasons: [...(fresh.moderationReasons ?? []), next.reason] },
      overrideAccess: true,
      context: { systemWrite: true },
      req,
    })
  }
  return { message: 'Thank you: moderators will look at this comment.' }
}
