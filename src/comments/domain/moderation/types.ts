/**
 * Reader-comment moderation, modelled on Coral Talk's pipeline: small phases run in order and each
 * may give an opinion. Pure: the caller loads the commenter, the article and the settings, fetches
 * any external spam verdict, and passes `now`, so a decision is reproducible in tests.
 */

export type ModerationAction = 'approve' | 'hold' | 'reject' | 'spam'
export type ReasonCode =
  | 'banned'
  | 'suspended'
  | 'closed'
  | 'guests-not-allowed'
  | 'honeypot'
  | 'too-fast'
  | 'rate-limited'
  | 'empty'
  | 'too-long'
  | 'too-many-links'
  | 'banned-word'
  | 'suspect-word'
  | 'pre-moderation'
  | 'new-commenter'
  | 'poor-record'
  | 'reported'
  | 'spam-checker'
  | 'trusted'
  | 'staff'
/** `detail` is for moderators only: it may name the word, the link count, the ban date. */
export type ModerationReason = { code: ReasonCode; detail: string }
/** `publicMessage` is plain text for the commenter and never says which bot check fired. */
export type ModerationDecision = { action: ModerationAction; reasons: ModerationReason[]; publicMessage: string }
export type ModerationMode = 'pre' | 'pre-until-trusted' | 'post'

export type ModerationSettings = {
  /** Site-wide. */
  mode: ModerationMode
  /** Per-article override; wins when set. */
  articleMode?: ModerationMode | null
  /** For 'pre-until-trusted': this many approved comments make a commenter trusted. */
  trustedAfterApproved: number
  /** Look at the commenter's last N moderated comments… */
  poorRecordWindow: number
  /** …and hold when more than this share were rejected or spam (only once at least 3 were moderated). */
  poorRecordRejectedShare: number
  /** More links than this → hold. */
  maxLinks: number
  /** Whole words or phrases → reject. */
  bannedWords: string[]
  /** Whole words or phrases → hold. */
  suspectWords: string[]
  /** Submitted sooner than this after the form was shown → hold (a bot, or a person who pasted). */
  minSecondsToSubmit: number
  maxBodyLength: number
  /** An approved comment with this many reports goes back to review. */
  reportsToHold: number
  guestsAllowed: boolean
}

/**
 * `approved` is counted up to the number that makes a commenter trusted (more changes nothing, and a
 * prolific reader's thousands need not be read on every post); `recent` is newest first.
 */
export type CommenterRecord = { approved: number; recent: ('approved' | 'rejected' | 'spam' | 'pending')[] }

export type ModerationContext = {
  now: Date
  body: string
  /** The hidden form field that only bots fill in. */
  honeypot?: string | null
  formShownAt?: Date | null
  commenter:
    | { kind: 'reader'; bannedUntil?: Date | null; banned?: boolean; trustLevel?: 'new' | 'regular' | 'trusted' }
    /** A guest whose e-mail or network address a moderator blocked reads as banned or suspended. */
    | { kind: 'guest'; banned?: boolean; bannedUntil?: Date | null }
    /** A member of staff (moderator, editor, author, admin) answering as the newsroom. */
    | { kind: 'staff'; role: string }
  record: CommenterRecord
  article: { commentsMode: 'open' | 'closed' | 'disabled'; autoCloseAt?: Date | null }
  settings: ModerationSettings
  /** From an optional external checker (Akismet-shaped), already fetched by the caller. */
  spamVerdict?: 'spam' | 'ham' | null
}

/** Nothing (void) means "no opinion". */
export type PhaseResult = Partial<ModerationDecision> | void
export type Phase = (context: ModerationContext) => PhaseResult
