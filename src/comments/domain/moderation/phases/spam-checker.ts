import type { ModerationContext, PhaseResult } from '../types'

/** The caller asks the checker; a 'ham' verdict is no endorsement, so it gives no opinion. */
export function spamChecker(context: Pick<ModerationContext, 'spamVerdict'>): PhaseResult {
  if (context.spamVerdict !== 'spam') return
  return { action: 'spam', reasons: [{ code: 'spam-checker', detail: 'the external spam checker flagged the comment' }] }
}
