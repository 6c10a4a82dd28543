import type { ModerationContext, ModerationSettings, PhaseResult } from '../types'

/** Counted in characters as readers see them (code points), so an emoji is one, not two. */
export function tooLong(context: Pick<ModerationContext, 'body'> & { settings: Pick<ModerationSettings, 'maxBodyLength'> }): PhaseResult {
  const max = context.settings.maxBodyLength
  const length = [...context.body].length
  if (!(length > max)) return
  return {
    action: 'reject',
    reasons: [{ code: 'too-long', detail: `${length} characters, at most ${max} allowed` }],
    publicMessage: `Your comment is too long (at most ${max} characters).`,
  }
}
