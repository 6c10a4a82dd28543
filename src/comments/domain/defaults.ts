import type { ModerationMode } from './moderation/types'

export type WindowLimitDefault = { readonly max: number; readonly windowSeconds: number }

/**
 * The comment rules as they stand until an editor changes them, in one place: the settings
 * global's `defaultValue`s and the runtime's fallbacks for a value never saved both read this.
 */
export const COMMENT_DEFAULTS = {
  // Until a reader has a few approved comments, a person reads them first.
  mode: 'pre-until-trusted' as ModerationMode,
  trustedAfterApproved: 3,
  poorRecordWindow: 10,
  poorRecordRejectedShare: 0.5,
  guestsAllowed: false,
  autoCloseAfterDays: 0,
  maxLinks: 2,
  reportsToHold: 3,
  maxDepth: 4,
  editWindowMinutes: 15,
  pageSize: 20,
  /** Also the most a setting may say: the body field holds no more. */
  maxLength: 5000,
  minSecondsToSubmit: 3,
  spamChecker: false,
  readerRateLimit: { max: 5, windowSeconds: 60 } as WindowLimitDefault,
  ipRateLimit: { max: 20, windowSeconds: 600 } as WindowLimitDefault,
  notifyIntervalMinutes: 10,
  maxSubscriptionsPerAddress: 50,
  /** New "Notify of" subscriptions from one network address. */
  subscribeRateLimit: { max: 20, windowSeconds: 3600 } as WindowLimitDefault,
} as const
