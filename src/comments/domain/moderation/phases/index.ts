import type { Phase } from '../types'
import { articleClosed } from './article-closed'
import { bannedWords } from './banned-words'
import { commenterBanned } from './commenter-banned'
import { emptyBody } from './empty-body'
import { guestsNotAllowed } from './guests-not-allowed'
import { honeypot } from './honeypot'
import { moderationMode } from './moderation-mode'
import { poorRecord } from './poor-record'
import { spamChecker } from './spam-checker'
import { staffMember } from './staff-member'
import { suspectWords } from './suspect-words'
import { tooFast } from './too-fast'
import { tooLong } from './too-long'
import { tooManyLinks } from './too-many-links'

export type PhaseGroup = { name: 'validate' | 'gate' | 'filters' | 'external' | 'pre-moderation'; phases: readonly Phase[] }

/**
 * The default rules, in order. A reject or spam stops the run, so the outright refusals (a blank
 * comment, a closed article, a banned commenter, a bot) come first. The external verdict comes
 * after the word filters, so a comment with a banned word is rejected as such (and explained)
 * rather than filed as spam. Pre-moderation comes last: it only decides how much review an
 * otherwise acceptable comment gets.
 */
export const PHASE_GROUPS: readonly PhaseGroup[] = [
  { name: 'validate', phases: [emptyBody, tooLong] },
  { name: 'gate', phases: [articleClosed, commenterBanned, guestsNotAllowed, honeypot, tooFast] },
  { name: 'filters', phases: [bannedWords, tooManyLinks, suspectWords] },
  { name: 'external', phases: [spamChecker] },
  { name: 'pre-moderation', phases: [poorRecord, moderationMode] },
]

export const defaultPhases: readonly Phase[] = PHASE_GROUPS.flatMap((group) => group.phases)

/** A member of staff's comment: only the checks on the text itself, then published. */
export const staffPhases: readonly Phase[] = [emptyBody, tooLong, staffMember]

export {
  articleClosed,
  bannedWords,
  commenterBanned,
  emptyBody,
  guestsNotAllowed,
  honeypot,
  moderationMode,
  poorRecord,
  spamChecker,
  staffMember,
  suspectWords,
  tooFast,
  tooLong,
  tooManyLinks,
}
