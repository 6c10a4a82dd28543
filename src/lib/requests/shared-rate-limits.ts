import type { RateLimitKind } from './rate-limit-spec'

export type LimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number; message: string }

/** Counts `points` requests of a class for a key (a client address, or a front end). */
export type ConsumeLimit = (kind: RateLimitKind, key: string, points: number) => Promise<LimitVerdict>

/**
 * The edge's limiters, for code inside Next's bundle (the GraphQL route classifies its operations
 * there, having read the body). The edge and Next are separate module graphs in one process, so the
 * limiters live on `globalThis` under a registered symbol, like the page cache (../cache/shared.ts).
 * Null without the edge (`next dev`): nothing is limited then.
 */
const KEY = Symbol.for('newsroom.rate-limits')

export function setSharedRateLimits(consume: ConsumeLimit | null): void {
  ;(globalThis as { [KEY]?: ConsumeLimit | null })[KEY] = consume
}

export function sharedRateLimits(): ConsumeLimit | null {
  return (globalThis as { [KEY]?: ConsumeLimit | null })[KEY] ?? null
}

/** Which limiter and key a request counts under: a trusted front end's reads count per front end, all else per address. */
export function limitFor(kind: RateLimitKind, clientAddress: string, frontend: string | null): { kind: RateLimitKind; key: string } {
  if (kind === 'reads' && frontend) return { kind: 'frontend', key: `frontend:${frontend}` }
  return { kind, key: clientAddress }
}
