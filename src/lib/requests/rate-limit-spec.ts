/** A rate limit as operators write it: `30/600` is 30 requests per 600 seconds; `off` or `0` is none. */
export type RateLimitSpec = { points: number; durationSeconds: number } | null

export function parseRateLimit(name: string, text: string | undefined, fallback: string): RateLimitSpec {
  const value = (text ?? '').trim() || fallback
  if (value === 'off' || value === '0') return null
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(value)
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1)
    throw new Error(`${name}=${JSON.stringify(value)}: write it as requests/seconds (for example 30/600), or off.`)
  return { points: Number(match[1]), durationSeconds: Number(match[2]) }
}

/** Which edge limit, if any, a request counts against. */
export type RateLimitKind = 'auth' | 'writes'

const READS = new Set(['GET', 'HEAD', 'OPTIONS'])
// Sign-in, sign-up and password mail: guessing and mail-bombing live here.
const AUTH_PATH =
  /^\/api\/(users|readers)\/(login|forgot-password|reset-password|reset-password-form|first-register|unlock)\/?$|^\/api\/readers\/?$/

export function rateLimitKind(method: string, path: string): RateLimitKind | null {
  if (READS.has(method.toUpperCase()) || !path.startsWith('/api/')) return null
  return AUTH_PATH.test(path) ? 'auth' : 'writes'
}
