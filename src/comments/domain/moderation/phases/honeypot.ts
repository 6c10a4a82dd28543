import type { ModerationContext, PhaseResult } from '../types'

/**
 * The field is hidden from people, so anything in it came from a bot. Whitespace alone is let
 * through: a browser's autofill is likelier than a bot to leave just that.
 */
export function honeypot(context: Pick<ModerationContext, 'honeypot'>): PhaseResult {
  const value = context.honeypot?.trim() ?? ''
  if (value === '') return
  return { action: 'spam', reasons: [{ code: 'honeypot', detail: `the hidden field was filled in (${value.length} characters)` }] }
}
