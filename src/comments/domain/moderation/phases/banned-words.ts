import { containsWord } from '../text'
import type { ModerationContext, ModerationSettings, PhaseResult } from '../types'

export function bannedWords(context: Pick<ModerationContext, 'body'> & { settings: Pick<ModerationSettings, 'bannedWords'> }): PhaseResult {
  const word = containsWord(context.body, context.settings.bannedWords)
  if (word === null) return
  return {
    action: 'reject',
    reasons: [{ code: 'banned-word', detail: `contains the banned word "${word}"` }],
    publicMessage: 'Your comment contains a blocked word.',
  }
}
