import type { ModerationContext, ModerationSettings, PhaseResult } from '../types'

/**
 * People usually need a few seconds to read and type; scripts post at once. But people paste, and
 * a short reply can go in two seconds: so a comment sent too soon is held for a moderator, with
 * the reason, never filed as spam while its writer is told it waits for review (their words would
 * vanish). A form "shown" after it was submitted (a forged or skewed time) counts as too fast. No
 * time, an invalid one, or a minimum of 0 means no opinion.
 */
export function tooFast(
  context: Pick<ModerationContext, 'formShownAt' | 'now'> & { settings: Pick<ModerationSettings, 'minSecondsToSubmit'> },
): PhaseResult {
  const shownAt = context.formShownAt?.getTime()
  const min = context.settings.minSecondsToSubmit
  if (shownAt === undefined || Number.isNaN(shownAt) || !(min > 0)) return
  const seconds = (context.now.getTime() - shownAt) / 1000
  if (!(seconds < min)) return
  return {
    action: 'hold',
    reasons: [{ code: 'too-fast', detail: `submitted ${seconds.toFixed(1)} s after the form was shown, at least ${min} s expected` }],
  }
}
