import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { draftComment } from '@/comments/services/comment-draft'
import { commentableArticle } from '@/comments/services/listing'
import { DECISION_CONTEXT, type CommentDecision } from '@/comments/services/moderation-decision'
import { loadCommentRules } from '@/comments/services/rules'
import { idOf } from '@/lib/relationships/id-of'
import type { Comment } from '@/payload-types'

/**
 * Stores a new comment as it was decided. A reader's or guest's post arrives from the posting
 * service (src/comments/services/posting.ts) already placed in its thread, with the moderation
 * decision in `context.commentDecision`: this hook only applies it. A Local API write without a
 * decision (the demo seed, imports) is trusted: placed in its thread and stored as given.
 */
export const applyDecision: CollectionBeforeChangeHook<Comment> = async ({ context, data, operation, req }) => {
  if (operation !== 'create') return data
  const decision = context[DECISION_CONTEXT] as CommentDecision | undefined
  if (decision) return { ...data, ...decision.fields }

  const articleId = idOf(data.article as Comment['article'])
  if (!articleId) throw new APIError('No published article with comments was found for "article".', 404, { parameter: 'article' }, true)
  // One after the other: queries in one transaction share its connection.
  const article = await commentableArticle(req, articleId)
  const rules = await loadCommentRules(req.payload, req)
  const draft = await draftComment(req, { data, article, rules, postedQuote: null, trusted: true })
  return { ...draft.fields, status: data.status ?? 'approved' }
}
