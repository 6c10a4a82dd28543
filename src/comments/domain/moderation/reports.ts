import type { ModerationReason, ModerationSettings } from './types'

export type CommentStatus = 'approved' | 'pending' | 'rejected' | 'spam'

/**
 * What a reader report does to a comment's status. Only a published comment goes back to review:
 * a pending one is already there, and rejected or spam ones are not shown to be reported. A
 * threshold under 1 counts as 1; one that is not a number switches the rule off.
 */
export function afterReport(args: { status: CommentStatus; reportCount: number; settings: Pick<ModerationSettings, 'reportsToHold'> }): {
  status: CommentStatus
  reason?: ModerationReason
} {
  const threshold = Math.max(1, args.settings.reportsToHold)
  if (args.status !== 'approved' || !(args.reportCount >= threshold)) return { status: args.status }
  return {
    status: 'pending',
    reason: { code: 'reported', detail: `${args.reportCount} reader reports, ${threshold} send a comment back to review` },
  }
}
