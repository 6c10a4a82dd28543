import type { ModerationContext, PhaseResult } from '../types'

/** A permanent ban wins over a suspension; a suspension that has run out no longer counts. */
export function commenterBanned(context: Pick<ModerationContext, 'commenter' | 'now'>): PhaseResult {
  const commenter = context.commenter
  if (commenter.kind !== 'reader') return
  if (commenter.banned) {
    return {
      action: 'reject',
      reasons: [{ code: 'banned', detail: 'the commenter is banned' }],
      publicMessage: 'Your account can no longer post comments.',
    }
  }
  const until = commenter.bannedUntil
  if (!until || !(until.getTime() > context.now.getTime())) return
  return {
    action: 'reject',
    reasons: [{ code: 'suspended', detail: `the commenter is suspended until ${until.toISOString()}` }],
    publicMessage: 'Your account is suspended from commenting.',
  }
}
