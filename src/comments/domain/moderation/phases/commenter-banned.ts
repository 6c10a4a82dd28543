import type { ModerationContext, PhaseResult } from '../types'

/**
 * A permanent ban wins over a suspension; a suspension that has run out no longer counts. A guest
 * is banned or suspended through a block on their e-mail or network address (guest-blocks.ts).
 */
export function commenterBanned(context: Pick<ModerationContext, 'commenter' | 'now'>): PhaseResult {
  const commenter = context.commenter
  if (commenter.kind === 'staff') return
  const guest = commenter.kind === 'guest'
  if (commenter.banned) {
    return {
      action: 'reject',
      reasons: [{ code: 'banned', detail: guest ? "the guest's e-mail or network address is blocked" : 'the commenter is banned' }],
      publicMessage: guest ? 'Comments from this e-mail address or network are blocked.' : 'Your account can no longer post comments.',
    }
  }
  const until = commenter.bannedUntil
  if (!until || !(until.getTime() > context.now.getTime())) return
  return {
    action: 'reject',
    reasons: [
      {
        code: 'suspended',
        detail: `the ${guest ? "guest's e-mail or network address is blocked" : 'commenter is suspended'} until ${until.toISOString()}`,
      },
    ],
    publicMessage: guest
      ? 'Comments from this e-mail address or network are blocked for now.'
      : 'Your account is suspended from commenting.',
  }
}
