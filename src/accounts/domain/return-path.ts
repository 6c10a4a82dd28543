/** Where an account form goes when the reader did not come from anywhere in particular. */
export const ACCOUNT_HOME = '/account'

/**
 * Where a form or link may send a reader back to: a path on this site. Anything else (another host,
 * `//host`, a backslash some browsers read as a slash, control characters, the API or the admin)
 * falls back, so a sign-in link can never be turned into an open redirect.
 */
export function safeReturnPath(value: unknown, fallback: string = ACCOUNT_HOME): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 500) return fallback
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback
  if (/^\/(api|admin)(\/|$|\?|#)/.test(value)) return fallback
  return value
}

/** A page's address with `next` (where to return afterwards) and an optional notice code. */
export function accountHref(page: string, options: { next?: string; notice?: string } = {}): string {
  const query = new URLSearchParams()
  if (options.next && options.next !== ACCOUNT_HOME) query.set('next', options.next)
  if (options.notice) query.set('notice', options.notice)
  const search = query.toString()
  return search ? `${page}?${search}` : page
}
