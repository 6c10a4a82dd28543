export type RateLimit = { max: number; windowSeconds: number }

/**
 * Whether one more comment fits a limit, given how many the commenter posted inside the window and
 * when the oldest of those was. When it does not, `retryAfterSeconds` is when the oldest leaves the
 * window (at least 1). A max of 0 or less switches the limit off.
 */
export function checkRateLimit(
  limit: RateLimit,
  recent: { count: number; oldest: Date | null },
  now: Date,
): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
  if (!(limit.max > 0) || !(limit.windowSeconds > 0) || recent.count < limit.max) return { allowed: true }
  const oldest = recent.oldest?.getTime() ?? now.getTime()
  const leaves = oldest + limit.windowSeconds * 1000
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((leaves - now.getTime()) / 1000)) }
}

/** Start of the window a limit looks back over. */
export function windowStart(limit: RateLimit, now: Date): Date {
  return new Date(now.getTime() - Math.max(0, limit.windowSeconds) * 1000)
}
