import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Tokens for trusted server-side front ends (a site rendering through the API from one address):
 * sent as `X-Frontend-Token`, they put the front end's reads under a limit of their own
 * (RATE_LIMIT_FRONTEND), counted per front end rather than per address. A token is `fe1.<name>.<mac>`,
 * an HMAC of the name with PAYLOAD_SECRET: nothing to store, and a new secret withdraws them all.
 * `npm run frontend-token -- <name>` prints one.
 */
export const FRONTEND_TOKEN_HEADER = 'x-frontend-token'

const NAME = /^[a-z0-9][a-z0-9-]{0,39}$/

const mac = (secret: string, name: string) => createHmac('sha256', secret).update(`frontend:${name}`).digest('base64url')

export function issueFrontendToken(secret: string, name: string): string {
  if (!NAME.test(name)) throw new Error(`A front end's name is 1 to 40 lower-case letters, digits and dashes: ${JSON.stringify(name)}.`)
  return `fe1.${name}.${mac(secret, name)}`
}

/** The front end a token was issued to, or null for anything else (a forged or foreign token is no token). */
export function frontendName(secret: string, token: string | null | undefined): string | null {
  const [version, name, given, ...rest] = (token ?? '').split('.')
  if (version !== 'fe1' || !name || !given || rest.length > 0 || !NAME.test(name)) return null
  const expected = Buffer.from(mac(secret, name))
  const actual = Buffer.from(given)
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? name : null
}
