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
      if (req.path.startsWith('/api/media/file/') || req.path.startsWith('/media/')) {
        res.setHeader('Content-Security-Policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox")
        res.setHeader('X-Content-Type-Options', 'nosniff')
      }
      next()
    },
  ]
}
