import type { ModerationContext, ModerationSettings, PhaseResult } from '../types'

/** Fewer moderated comments than this say too little about a commenter. */
export const POOR_RECORD_MIN_MODERATED = 3

/** A commenter whose recent comments were mostly rejected or spam goes back to review. Pending ones are not outcomes yet. */
export function poorRecord(
  context: Pick<ModerationContext, 'record'> & { settings: Pick<ModerationSettings, 'poorRecordWindow' | 'poorRecordRejectedShare'> },
): PhaseResult {
  const { poorRecordWindow: size, poorRecordRejectedShare: share } = context.settings
  const moderated = context.record.recent.filter((outcome) => outcome !== 'pending').slice(0, Math.max(0, size))
  if (moderated.length < POOR_RECORD_MIN_MODERATED) return
  const bad = moderated.filter((outcome) => outcome === 'rejected' || outcome === 'spam').length
  if (!(bad / moderated.length > share)) return
  return {
    action: 'hold',
    reasons: [{ code: 'poor-record', detail: `${bad} of the last ${moderated.length} moderated comments were rejected or spam` }],
  }
}
