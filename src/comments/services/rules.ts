import type { Payload, PayloadRequest } from 'payload'

import { wordList, type RateLimit } from '../domain'
import type { ModerationMode, ModerationSettings } from '../domain/moderation'
import type { CommentSetting } from '@/payload-types'

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
  spamChecker: boolean
  webhooks: { url: string; secret: string; events: string[] }[]
  notifyIntervalMinutes: number
  maxSubscriptionsPerAddress: number
}

const number = (value: number | null | undefined, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback
const limit = (value: { max?: number | null; windowSeconds?: number | null } | null | undefined, max: number, windowSeconds: number) => ({
  max: number(value?.max, max),
  windowSeconds: number(value?.windowSeconds, windowSeconds),
})

export function commentRules(stored: Partial<CommentSetting>): CommentRules {
  return {
    moderation: {
      mode: stored.mode ?? 'pre-until-trusted',
      trustedAfterApproved: number(stored.trustedAfterApproved, 3),
      poorRecordWindow: number(stored.poorRecordWindow, 10),
      poorRecordRejectedShare: number(stored.poorRecordRejectedShare, 0.5),
      maxLinks: number(stored.maxLinks, 2),
      bannedWords: wordList(stored.bannedWords),
      suspectWords: wordList(stored.suspectWords),
      minSecondsToSubmit: number(stored.minSecondsToSubmit, 3),
      maxBodyLength: Math.min(5000, number(stored.maxLength, 5000)),
      reportsToHold: number(stored.reportsToHold, 3),
      guestsAllowed: stored.guestsAllowed ?? false,
    },
    autoCloseAfterDays: number(stored.autoCloseAfterDays, 0),
    maxDepth: number(stored.maxDepth, 4),
    editWindowMinutes: number(stored.editWindowMinutes, 15),
    pageSize: number(stored.pageSize, 20),
    readerRateLimit: limit(stored.readerRateLimit, 5, 60),
    ipRateLimit: limit(stored.ipRateLimit, 20, 600),
    spamChecker: stored.spamChecker ?? false,
    notifyIntervalMinutes: number(stored.notifyIntervalMinutes, 10),
    maxSubscriptionsPerAddress: number(stored.maxSubscriptionsPerAddress, 50),
    webhooks: (stored.webhooks ?? [])
      .filter((hook) => hook.active !== false)
      .map((hook) => ({ url: hook.url, secret: hook.secret, events: hook.events ?? [] })),
  }
}

const perRequest = new WeakMap<object, Promise<CommentRules>>()

/**
 * The settings in force, read with the request's transaction (staff-only global, so access is
 * overridden) once per request: a post consults them in the endpoint and in several hooks.
 */
export function loadCommentRules(payload: Payload, req?: Partial<PayloadRequest>): Promise<CommentRules> {
  const cached = req && perRequest.get(req)
  if (cached) return cached
  const loading = payload.findGlobal({ slug: 'comment-settings', depth: 0, overrideAccess: true, req }).then(commentRules)
  if (req) perRequest.set(req, loading)
  return loading
}
