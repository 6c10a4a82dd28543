import type { CommenterRecord, ModerationContext, ModerationSettings, PhaseResult } from '../types'

/**
 * How much review a comment that passed every check gets. The article's mode wins over the
 * site's, so an editor can pre-moderate one heated story without touching the rest.
 */
export function moderationMode(
  context: Pick<ModerationContext, 'commenter'> & {
    record: Pick<CommenterRecord, 'approved'>
    settings: Pick<ModerationSettings, 'mode' | 'articleMode' | 'trustedAfterApproved'>
  },
): PhaseResult {
  const { mode, articleMode, trustedAfterApproved } = context.settings
  const effective = articleMode ?? mode
  const scope = articleMode ? 'this article' : 'the site'
  if (effective === 'post') return { action: 'approve' }
  if (effective === 'pre') return { action: 'hold', reasons: [{ code: 'pre-moderation', detail: `${scope} pre-moderates every comment` }] }

  const approved = context.record.approved
  if (context.commenter.kind === 'reader' && context.commenter.trustLevel === 'trusted') {
    return { action: 'approve', reasons: [{ code: 'trusted', detail: 'the reader is marked trusted' }] }
  }
  if (approved >= trustedAfterApproved) {
    return { action: 'approve', reasons: [{ code: 'trusted', detail: `at least ${trustedAfterApproved} approved comments` }] }
  }
  const detail = `${approved} approved comments, ${trustedAfterApproved} needed to skip review on ${scope}`
  return { action: 'hold', reasons: [{ code: 'new-commenter', detail }] }
}
