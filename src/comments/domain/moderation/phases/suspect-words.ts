import { containsWord } from '../text'
import type { ModerationContext, ModerationSettings, PhaseResult } from '../types'

/** Words that are fine in some sentences and not in others: a moderator decides. */
export function suspectWords(
  context: Pick<ModerationContext, 'body'> & { settings: Pick<ModerationSettings, 'suspectWords'> },
): PhaseResult {
  const word = containsWord(context.body, context.settings.suspectWords)
  if (word === null) return
  return { action: 'hold', reasons: [{ code: 'suspect-word', detail: `contains the suspect word "${word}"` }] }
}
