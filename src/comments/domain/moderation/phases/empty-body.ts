import type { ModerationContext, PhaseResult } from '../types'

// Zero-width characters are invisible but not whitespace to String.prototype.trim.
const BLANK = /^[\s\u200B-\u200D\u2060\uFEFF]*$/u

/** A comment with nothing visible in it. */
export function emptyBody(context: Pick<ModerationContext, 'body'>): PhaseResult {
  if (!BLANK.test(context.body)) return
  return { action: 'reject', reasons: [{ code: 'empty', detail: 'the comment is blank' }], publicMessage: 'Your comment is empty.' }
}
