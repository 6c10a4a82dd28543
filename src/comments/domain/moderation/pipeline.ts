import { defaultPhases } from './phases'
import type { ModerationContext, ModerationDecision, ModerationReason, ModerationSettings, Phase, ReasonCode } from './types'

export const DEFAULT_MODERATION_SETTINGS: Readonly<ModerationSettings> = {
  // Until a reader has a few approved comments, a person reads them first.
  mode: 'pre-until-trusted',
  trustedAfterApproved: 3,
  poorRecordWindow: 10,
  poorRecordRejectedShare: 0.5,
  maxLinks: 2,
  bannedWords: [],
  suspectWords: [],
  minSecondsToSubmit: 3,
  maxBodyLength: 5000,
  reportsToHold: 3,
  guestsAllowed: false,
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
