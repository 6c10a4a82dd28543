export type {
  CommenterRecord,
  ModerationAction,
  ModerationContext,
  ModerationDecision,
  ModerationMode,
  ModerationReason,
  ModerationSettings,
  Phase,
  PhaseResult,
  ReasonCode,
} from './types'
export {
  compose,
  DEFAULT_MODERATION_SETTINGS,
  HELD_MESSAGE,
  moderate,
  moderateStaff,
  moderateWithChecker,
  NOT_POSTED_MESSAGE,
  PUBLISHED_MESSAGE,
  type SpamVerdict,
} from './pipeline'
export {
  articleClosed,
  bannedWords,
  commenterBanned,
  defaultPhases,
  emptyBody,
  guestsNotAllowed,
  honeypot,
  moderationMode,
  PHASE_GROUPS,
  poorRecord,
  spamChecker,
  staffMember,
  staffPhases,
  suspectWords,
  tooFast,
  tooLong,
  tooManyLinks,
} from './phases'
export type { PhaseGroup } from './phases'
export { POOR_RECORD_MIN_MODERATED } from './phases/poor-record'
export { afterReport } from './reports'
export type { CommentStatus } from './reports'
export { containsWord, countLinks } from './text'
