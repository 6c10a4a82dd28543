import { countLinks } from '../text'
import type { ModerationContext, ModerationSettings, PhaseResult } from '../types'

/** Held, not rejected: a reader citing sources looks like link spam to a counter. */
export function tooManyLinks(context: Pick<ModerationContext, 'body'> & { settings: Pick<ModerationSettings, 'maxLinks'> }): PhaseResult {
  const links = countLinks(context.body)
  const max = context.settings.maxLinks
  if (!(links > max)) return
  return { action: 'hold', reasons: [{ code: 'too-many-links', detail: `${links} links, at most ${max} allowed without review` }] }
}
