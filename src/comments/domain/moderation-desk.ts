import type { ReasonCode } from './moderation/types'

/**
 * The moderation desk's rules, pure: its queues (as plain `where` objects the service hands to the
 * Local API, so every database adapter answers them), the reasons a comment was held put in words,
 * suspension presets, a commenter's record and the desk's keys.
 */

export const DESK_QUEUES = ['pending', 'reported', 'held', 'spam', 'rejected', 'all'] as const
export type DeskQueue = (typeof DESK_QUEUES)[number]

export const QUEUE_LABELS: Record<DeskQueue, string> = {
  pending: 'Pending',
  reported: 'Reported',
  held: 'Held by a rule',
  spam: 'Spam',
  rejected: 'Rejected',
  all: 'All',
}

/**
 * Holds a rule made, as against the site's moderation mode ("pre-moderation", "new commenter"):
 * the ones a moderator wants to see apart, because the rule says what to look at.
 */
export const RULE_HOLDS: readonly ReasonCode[] = ['too-many-links', 'suspect-word', 'poor-record', 'reported', 'spam-checker', 'too-fast']

type WhereClause = Record<string, unknown>

export type DeskFilter = { queue: DeskQueue; article?: string | null; reader?: string | null; guestEmail?: string | null }

const QUEUE_WHERE: Record<DeskQueue, WhereClause[]> = {
  pending: [{ status: { equals: 'pending' } }],
  // Open reports only (dismissed ones no longer count), on comments still on the site or waiting.
  reported: [{ reportCount: { greater_than: 0 } }, { status: { in: ['pending', 'approved'] } }],
  held: [{ status: { equals: 'pending' } }, { 'moderationReasons.code': { in: [...RULE_HOLDS] } }],
  spam: [{ status: { equals: 'spam' } }],
  rejected: [{ status: { equals: 'rejected' } }],
  // Removed comments have no text left to moderate.
  all: [{ status: { not_equals: 'deleted' } }],
}

/** The `where` of one queue, narrowed to an article or a commenter (a reader, or a guest by e-mail). */
export function deskWhere(filter: DeskFilter): { and: WhereClause[] } {
  const and = [...QUEUE_WHERE[filter.queue]]
  if (filter.article) and.push({ article: { equals: filter.article } })
  if (filter.reader) and.push({ author: { equals: filter.reader } })
  if (filter.guestEmail) and.push({ guestEmail: { equals: filter.guestEmail } })
  return { and }
}

const REASON_WORDS: Partial<Record<ReasonCode, string>> = {
  banned: 'The commenter is banned',
  suspended: 'The commenter is suspended',
  closed: 'Comments on the article were closed',
  'guests-not-allowed': 'Guests may not comment',
  honeypot: 'Filled in the field only robots see',
  'too-fast': 'Sent faster than a person types',
  'rate-limited': 'Too many comments in a short time',
  empty: 'No text',
  'too-long': 'Longer than the site allows',
  'too-many-links': 'Too many links',
  'banned-word': 'Contains a banned word',
  'suspect-word': 'Contains a suspect word',
  'pre-moderation': 'Every comment is read first',
  'new-commenter': 'A new commenter: read until trusted',
  'poor-record': 'Many of this commenter’s comments were rejected',
  reported: 'Reported by readers',
  'spam-checker': 'The spam checker flagged it',
  trusted: 'A trusted commenter',
  staff: 'Written by staff',
}

/**
 * The reasons a card lists under "why it was held": what held it, in words. "Trusted" is why a
 * comment was published, not held, so it is left out.
 */
export function holdReasonsInWords(reasons: { code?: string | null; detail?: string | null }[] | null | undefined): string[] {
  return (reasons ?? []).filter((reason) => reason.code !== 'trusted' && reason.code !== 'staff').map(reasonInWords)
}

/** A stored reason as a moderator reads it: the rule in words, then what it found ("the word 'x'"). */
export function reasonInWords(reason: { code?: string | null; detail?: string | null }): string {
  const words = REASON_WORDS[reason.code as ReasonCode] ?? reason.code ?? 'Unknown reason'
  return reason.detail ? `${words}: ${reason.detail}` : words
}

export const SUSPENSIONS = ['24h', '7d', 'permanent'] as const
export type Suspension = (typeof SUSPENSIONS)[number]
export const SUSPENSION_LABELS: Record<Suspension, string> = { '24h': '24 hours', '7d': '7 days', permanent: 'Permanently' }

const HOUR = 3_600_000

/** What a suspension preset writes on the reader: a permanent ban, or an end date. */
export function suspensionOf(preset: Suspension, now: Date): { banned: boolean; bannedUntil: string | null } {
  if (preset === 'permanent') return { banned: true, bannedUntil: null }
  const hours = preset === '24h' ? 24 : 7 * 24
  return { banned: false, bannedUntil: new Date(now.getTime() + hours * HOUR).toISOString() }
}

export type CommenterRecordSummary = { approved: number; rejected: number; rejectionRate: number | null }

/** Rejected counts spam too; the rate is a share of the moderated comments, none when there were none. */
export function commenterRecord(approved: number, rejected: number): CommenterRecordSummary {
  const moderated = approved + rejected
  return { approved, rejected, rejectionRate: moderated === 0 ? null : Math.round((rejected / moderated) * 100) / 100 }
}

/** Whole days since `since`, for "member for 3 days". */
export function accountAgeDays(since: string | Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(since).getTime()) / (24 * HOUR)))
}

/** Whether a rule (not the site's moderation mode) held the comment: the "Held by a rule" queue. */
export function heldByRule(reasons: { code?: string | null }[] | null | undefined): boolean {
  return (reasons ?? []).some((reason) => RULE_HOLDS.includes(reason.code as ReasonCode))
}

/** Whether a comment still belongs to a queue after an action, so the desk can drop it from the one shown. */
export function stillInQueue(queue: DeskQueue, comment: { status: string; reportCount: number; heldByRule: boolean }): boolean {
  switch (queue) {
    case 'pending':
      return comment.status === 'pending'
    case 'held':
      return comment.status === 'pending' && comment.heldByRule
    case 'reported':
      return comment.reportCount > 0 && ['pending', 'approved'].includes(comment.status)
    case 'spam':
      return comment.status === 'spam'
    case 'rejected':
      return comment.status === 'rejected'
    case 'all':
      return comment.status !== 'deleted'
  }
}

/** The desk's single keys: j/k move, x selects, the rest act on the selection or the focused card. */
export const DESK_KEYS = {
  j: 'next',
  k: 'previous',
  x: 'select',
  a: 'approve',
  r: 'reject',
  s: 'spam',
  f: 'feature',
  d: 'dismiss-reports',
} as const
export type DeskKey = keyof typeof DESK_KEYS

/** What the moderation log records; "status" is any other change of status made in the admin's form. */
export const MODERATION_EVENT_ACTIONS = [
  'approve',
  'reject',
  'spam',
  'feature',
  'unfeature',
  'dismiss-reports',
  'ban',
  'suspend',
  'note',
  'status',
] as const
export type ModerationEventAction = (typeof MODERATION_EVENT_ACTIONS)[number]

/** How the log's summary line starts. */
export const EVENT_VERBS: Record<ModerationEventAction, string> = {
  approve: 'Approved',
  reject: 'Rejected',
  spam: 'Marked as spam',
  feature: 'Featured',
  unfeature: 'Unfeatured',
  'dismiss-reports': 'Dismissed the reports on',
  ban: 'Banned the commenter of',
  suspend: 'Suspended the commenter of',
  note: 'Noted on',
  status: 'Changed the status of',
}
