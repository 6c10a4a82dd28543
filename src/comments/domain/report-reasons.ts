/** Why a reader reports a comment: the choices the comments block offers and the API accepts. */
export const REPORT_REASONS = ['spam', 'abuse', 'off-topic', 'other'] as const

export type ReportReason = (typeof REPORT_REASONS)[number]
