import type { Payload, PayloadRequest } from 'payload'

import { wordList, type RateLimit } from '../domain'
import type { ModerationMode, ModerationSettings } from '../domain/moderation'
import type { CommentSetting } from '@/payload-types'
import { remembered } from '@/lib/cache/shared'
import { cacheTags } from '@/lib/cache/tags'
import { COMMENT_DEFAULTS, type WindowLimitDefault } from '../domain/defaults'

export const MODERATION_MODES: { value: ModerationMode; label: string }[] = [
  { value: 'pre', label: 'Pre-moderate every comment' },
  { value: 'pre-until-trusted', label: 'Pre-moderate until a reader is trusted' },
  { value: 'post', label: 'Publish at once, moderate afterwards' },
]

/** The comment settings as the code uses them: every value present, word lists parsed. */
export type CommentRules = {
  moderation: ModerationSettings
  autoCloseAfterDays: number
  maxDepth: number
  editWindowMinutes: number
  pageSize: number
  readerRateLimit: RateLimit
  ipRateLimit: RateLimit
  /** New subscriptions from one network address. */
  subscribeRateLimit: RateLimit
  spamChecker: boolean
  webhooks: { url: string; secret: string; events: string[] }[]
  notifyIntervalMinutes: number
  maxSubscriptionsPerAddress: number
}

const number = (value: number | null | undefined, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback
const limit = (value: { max?: number | null; windowSeconds?: number | null } | null | undefined, fallback: WindowLimitDefault) => ({
  max: number(value?.max, fallback.max),
  windowSeconds: number(value?.windowSeconds, fallback.windowSeconds),
})

/** The stored settings with every value present: a value never saved takes its default (COMMENT_DEFAULTS). */
export function commentRules(stored: Partial<CommentSetting>): CommentRules {
  const d = COMMENT_DEFAULTS
  return {
    moderation: {
      mode: stored.mode ?? d.mode,
      trustedAfterApproved: number(stored.trustedAfterApproved, d.trustedAfterApproved),
      poorRecordWindow: number(stored.poorRecordWindow, d.poorRecordWindow),
      poorRecordRejectedShare: number(stored.poorRecordRejectedShare, d.poorRecordRejectedShare),
      maxLinks: number(stored.maxLinks, d.maxLinks),
      bannedWords: wordList(stored.bannedWords),
      suspectWords: wordList(stored.suspectWords),
      minSecondsToSubmit: number(stored.minSecondsToSubmit, d.minSecondsToSubmit),
      maxBodyLength: Math.min(d.maxLength, number(stored.maxLength, d.maxLength)),
      reportsToHold: number(stored.reportsToHold, d.reportsToHold),
      guestsAllowed: stored.guestsAllowed ?? d.guestsAllowed,
    },
    autoCloseAfterDays: number(stored.autoCloseAfterDays, d.autoCloseAfterDays),
    maxDepth: number(stored.maxDepth, d.maxDepth),
    editWindowMinutes: number(stored.editWindowMinutes, d.editWindowMinutes),
    pageSize: number(stored.pageSize, d.pageSize),
    readerRateLimit: limit(stored.readerRateLimit, d.readerRateLimit),
    ipRateLimit: limit(stored.ipRateLimit, d.ipRateLimit),
    subscribeRateLimit: limit(stored.subscribeRateLimit, d.subscribeRateLimit),
    spamChecker: stored.spamChecker ?? d.spamChecker,
    notifyIntervalMinutes: number(stored.notifyIntervalMinutes, d.notifyIntervalMinutes),
    maxSubscriptionsPerAddress: number(stored.maxSubscriptionsPerAddress, d.maxSubscriptionsPerAddress),
    webhooks: (stored.webhooks ?? [])
      .filter((hook) => hook.active !== false)
      .map((hook) => ({ url: hook.url, secret: hook.secret, events: hook.events ?? [] })),
  }
}

const perRequest = new WeakMap<object, Promise<CommentRules>>()

/**
 * The settings in force (staff-only global, so access is overridden), once per request: a post
 * consults them in the endpoint and in several hooks. Inside a transaction they are read with it;
 * outside one they come from the process's copy, kept until the settings change (shared: never
 * change the object).
 */
export function loadCommentRules(payload: Payload, req?: Partial<PayloadRequest>): Promise<CommentRules> {
  const cached = req && perRequest.get(req)
  if (cached) return cached
  const read = () => payload.findGlobal({ slug: 'comment-settings', depth: 0, overrideAccess: true, req }).then(commentRules)
  // Outside a transaction, the rules as committed: kept in the process until the settings change.
  const loading = req?.transactionID ? read() : remembered('comment-rules', [cacheTags.commentSettings], read)
  if (req) perRequest.set(req, loading)
  return loading
}
