import { COMMENT_DEFAULTS } from '../defaults'
import { defaultPhases, staffPhases } from './phases'
import type { ModerationContext, ModerationDecision, ModerationReason, ModerationSettings, Phase, ReasonCode } from './types'

/** The moderation settings of a site whose comment settings were never saved (src/comments/domain/defaults.ts). */
export const DEFAULT_MODERATION_SETTINGS: Readonly<ModerationSettings> = {
  mode: COMMENT_DEFAULTS.mode,
  trustedAfterApproved: COMMENT_DEFAULTS.trustedAfterApproved,
  poorRecordWindow: COMMENT_DEFAULTS.poorRecordWindow,
  poorRecordRejectedShare: COMMENT_DEFAULTS.poorRecordRejectedShare,
  maxLinks: COMMENT_DEFAULTS.maxLinks,
  bannedWords: [],
  suspectWords: [],
  minSecondsToSubmit: COMMENT_DEFAULTS.minSecondsToSubmit,
  maxBodyLength: COMMENT_DEFAULTS.maxLength,
  reportsToHold: COMMENT_DEFAULTS.reportsToHold,
  guestsAllowed: COMMENT_DEFAULTS.guestsAllowed,
}

export const PUBLISHED_MESSAGE = 'Your comment is published.'
export const HELD_MESSAGE = 'Your comment is held for review.'
export const NOT_POSTED_MESSAGE = 'Your comment could not be posted.'

/** Telling a bot which check caught it teaches it to pass the next time. */
const UNTOLD: ReadonlySet<ReasonCode> = new Set(['honeypot', 'too-fast', 'spam-checker'])

/**
 * Runs the phases in order and merges their opinions into one decision:
 * - a reject or spam stops the run at once and wins over an earlier hold;
 * - a hold is remembered, but the later phases still run, so moderators see every reason, and a
 *   later approve does not undo it;
 * - when no phase holds or refuses, the comment is approved.
 * Reasons are collected from every phase that ran, in order. The commenter's message comes from
 * the deciding phase, except that holds and spam always get the same plain wording.
 */
export function compose(phases: readonly Phase[]): (context: ModerationContext) => ModerationDecision {
  return (context) => {
    const reasons: ModerationReason[] = []
    let held = false
    let approvedMessage: string | undefined
    for (const phase of phases) {
      const result = phase(context)
      if (!result) continue
      const own = result.reasons ?? []
      reasons.push(...own)
      const action = result.action
      if (action === 'spam') return { action, reasons, publicMessage: NOT_POSTED_MESSAGE }
      if (action === 'reject') {
        const message = own.some((reason) => UNTOLD.has(reason.code)) ? undefined : result.publicMessage
        return { action, reasons, publicMessage: message || NOT_POSTED_MESSAGE }
      }
      if (action === 'hold') held = true
      if (action === 'approve' && result.publicMessage) approvedMessage = result.publicMessage
    }
    if (held) return { action: 'hold', reasons, publicMessage: HELD_MESSAGE }
    return { action: 'approve', reasons, publicMessage: approvedMessage ?? PUBLISHED_MESSAGE }
  }
}

/** The default rules, in the order of `PHASE_GROUPS`. */
export const moderate: (context: ModerationContext) => ModerationDecision = compose(defaultPhases)

/** What an outside checker (Akismet-shaped) says of a comment; null when it gave no verdict. */
export type SpamVerdict = NonNullable<ModerationContext['spamVerdict']> | null

/**
 * The pipeline with an outside spam checker as one async step. The checker is asked only about a
 * comment the local rules would publish or hold, so a refused comment costs no outside call; its
 * verdict is one more input to the same phases.
 */
export async function moderateWithChecker(
  context: ModerationContext,
  askChecker: (() => Promise<SpamVerdict>) | null,
): Promise<ModerationDecision> {
  const first = moderate(context)
  if (!askChecker || (first.action !== 'approve' && first.action !== 'hold')) return first
  return moderate({ ...context, spamVerdict: await askChecker() })
}

/** The rules for a member of staff's comment (no word filters, limits or pre-moderation; no outside checker). */
export const moderateStaff: (context: ModerationContext) => ModerationDecision = compose(staffPhases)
