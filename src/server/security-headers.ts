import type { RequestHandler } from 'express'
import helmet from 'helmet'

/**
 * Headers for every response, chosen so the Payload admin keeps working (Next injects inline
 * scripts, so a strict script CSP is applied to the reader site's pages by the site itself).
 * Uploaded files get their own lock-down: even if a file slipped past the type allow-list, the
 * browser may not run it as a page on our origin.
 */
export function securityHeaders(options: { https: boolean }): RequestHandler[] {
  return [
    helmet({
      contentSecurityPolicy: false,
      crossOriginEmbedderPolicy: false,
      crossOriginResourcePolicy: { policy: 'same-site' },
      frameguard: { action: 'sameorigin' },
      strictTransportSecurity: options.https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    }),
    (req, res, next) => {
      res.setHeader('Content-Security-Policy', "frame-ancestors 'self'")
      if (isUploadPath(req.path)) {
        res.setHeader('Content-Security-Policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox")
        res.setHeader('X-Content-Type-Options', 'nosniff')
      }
      next()
    },
  ]
}

/**
 * The headers `securityHeaders` gives an ordinary response (not an upload), worked out once by
 * running its middleware, for the cache-hit path that answers before Express.
 */
export function staticSecurityHeaders(options: { https: boolean }): [string, string][] {
  const headers = new Map<string, string>()
  const res = {
    setHeader: (name: string, value: unknown) => void headers.set(name.toLowerCase(), String(value)),
    removeHeader: (name: string) => void headers.delete(name.toLowerCase()),
    getHeader: (name: string) => headers.get(name.toLowerCase()),
  }
  const req = { path: '/', url: '/', method: 'GET', headers: {}, secure: options.https }
  for (const middleware of securityHeaders(options)) middleware(req as never, res as never, () => undefined)
  return [...headers]
}

/** Uploads get their own headers (above): they never take the path that uses the static set. */
export function isUploadPath(path: string): boolean {
  return path.startsWith('/api/media/file/') || path.startsWith('/media/')
}
