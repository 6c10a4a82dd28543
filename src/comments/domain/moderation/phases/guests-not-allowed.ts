import type { ModerationContext, ModerationSettings, PhaseResult } from '../types'

export function guestsNotAllowed(
  context: Pick<ModerationContext, 'commenter'> & { settings: Pick<ModerationSettings, 'guestsAllowed'> },
): PhaseResult {
  if (context.commenter.kind !== 'guest' || context.settings.guestsAllowed) return
  return {
    action: 'reject',
    reasons: [{ code: 'guests-not-allowed', detail: 'guest comments are switched off' }],
    publicMessage: 'Please sign in to comment.',
  }
}
