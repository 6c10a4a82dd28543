import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** Keys for different purposes are derived from the one secret, so one cannot forge the other. */
function key(secret: string, purpose: string): Buffer {
  return createHmac('sha256', secret).update(`newsroom:${purpose}`).digest()
}

/**
 * The address a comment came from, kept only as a keyed hash: moderators can see that two comments
 * share an address and rate limits can count by it, but the address itself is never stored.
 */
export function hashIp(secret: string, ip: string): string {
  return createHmac('sha256', key(secret, 'ip')).update(ip.trim().toLowerCase()).digest('hex').slice(0, 32)
}

/** A stable digest of any JSON-able value, for idempotency keys and request fingerprints. */
export function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex')
}

/** A guest's voting identity: a random id and its signature, so a guest cannot make up ids to vote many times. */
export function issueGuestToken(secret: string): string {
  const id = randomBytes(12).toString('base64url')
  return `${id}.${sign(secret, 'guest', id)}`
}

/** The guest id inside a token this service signed, or null. */
export function verifyGuestToken(secret: string, token: string): string | null {
  const [id, signature, extra] = token.split('.')
  if (!id || !signature || extra !== undefined || !/^[\w-]{16}$/.test(id)) return null
  return safeEqual(signature, sign(secret, 'guest', id)) ? id : null
}

function sign(secret: string, purpose: string, value: string): string {
  return createHmac('sha256', key(secret, purpose)).update(value).digest('base64url')
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

/**
 * The `X-Newsroom-Signature` header of an outbound webhook, as Stripe does it: `t=<unix seconds>,v1=<hex>`
 * where the HMAC-SHA256 covers `<t>.<body>`, so a receiver can check both origin and freshness.
 */
export function signWebhook(secret: string, body: string, timestampSeconds: number): string {
  const signature = createHmac('sha256', secret).update(`${timestampSeconds}.${body}`).digest('hex')
  return `t=${timestampSeconds},v1=${signature}`
}

/** What a receiver does: true when the header signs this body with this secret, within `toleranceSeconds`. */
export function verifyWebhook(secret: string, body: string, header: string, nowSeconds: number, toleranceSeconds = 300): boolean {
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=', 2) as [string, string]))
  const timestamp = Number(parts.t)
  if (!Number.isInteger(timestamp) || !parts.v1 || Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false
  return safeEqual(signWebhook(secret, body, timestamp), `t=${timestamp},v1=${parts.v1}`)
}

export type TokenCheck<T> = { ok: true; value: T } | { ok: false; reason: 'invalid' | 'expired' }

/**
 * A signed token carrying `value` (JSON) for one purpose (a confirm token is no unsubscribe token),
 * optionally with an expiry in epoch milliseconds: `<base64url(json)>.<signature>`.
 */
export function signToken(secret: string, purpose: string, value: unknown, expiresAt?: number): string {
  const body = Buffer.from(JSON.stringify({ v: value, ...(expiresAt === undefined ? {} : { x: expiresAt }) })).toString('base64url')
  return `${body}.${sign(secret, purpose, body)}`
}

/** The value of a token this service signed for `purpose`, or why not: tampered, foreign and malformed are all "invalid". */
export function verifyToken<T>(secret: string, purpose: string, token: unknown, now: number): TokenCheck<T> {
  if (typeof token !== 'string' || token.length > 2048) return { ok: false, reason: 'invalid' }
  const [body, signature, extra] = token.split('.')
  if (!body || !signature || extra !== undefined || !safeEqual(signature, sign(secret, purpose, body)))
    return { ok: false, reason: 'invalid' }
  try {
    const parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { v: T; x?: unknown }
    if (parsed.x !== undefined && !(typeof parsed.x === 'number' && now < parsed.x)) return { ok: false, reason: 'expired' }
    return { ok: true, value: parsed.v }
  } catch {
    return { ok: false, reason: 'invalid' }
  }
}
