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

/**
 * What a request does, for the edge's limits: signs in, signs up or asks for password or
 * verification mail (`auth`); changes something (`writes`); or reads (`reads`). A trusted front end
 * with a token reads under `frontend`, counted per front end instead of per address.
 */
export type RateLimitKind = 'auth' | 'writes' | 'reads' | 'frontend'

const READS = new Set(['GET', 'HEAD'])
// Sign-in, sign-up, password and verification mail: guessing and mail-bombing live here.
const AUTH_PATH =
  /^\/api\/(users|readers)\/(login|forgot-password|reset-password|first-register|unlock)\/?$|^\/api\/(users|readers)\/verify\/[^/]+\/?$|^\/api\/readers\/?$|^\/api\/readers\/account\/(sign-in|sign-up|email-link|forgot|reset|confirm|link)\/?$/

/** The GraphQL endpoint: its POSTs are classified by the operations they carry (../graphql/operation-costs.ts). */
export const GRAPHQL_PATH = '/api/graphql'

/** Which edge limit a REST request counts against; null for pages, preflights and GraphQL POSTs. */
export function rateLimitKind(method: string, path: string): RateLimitKind | null {
  const verb = method.toUpperCase()
  if (!path.startsWith('/api/') || verb === 'OPTIONS') return null
  if (verb === 'POST' && path.replace(/\/$/, '') === GRAPHQL_PATH) return null
  if (AUTH_PATH.test(path)) return 'auth'
  return READS.has(verb) ? 'reads' : 'writes'
}
