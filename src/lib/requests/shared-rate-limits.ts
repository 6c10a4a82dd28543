import { frontendName } from './frontend-token'
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

export type Client = { address: string; frontendToken: string | null | undefined }

/**
 * Which limiter and key a request counts under: the reads of a trusted front end (a valid
 * X-Frontend-Token, signed with `secret`) per front end, all else per client address. The edge
 * middleware and the GraphQL route both ask here, so the token is judged in one place.
 */
export function limitFor(kind: RateLimitKind, client: Client, secret: string): { kind: RateLimitKind; key: string } {
  if (kind !== 'reads') return { kind, key: client.address }
  const frontend = frontendName(secret, client.frontendToken)
  return frontend ? { kind: 'frontend', key: `frontend:${frontend}` } : { kind, key: client.address }
}
