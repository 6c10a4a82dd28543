import { randomBytes } from 'node:crypto'
import type { RequestHandler } from 'express'
import helmet from 'helmet'

import { EMBED_PLAYER_ORIGINS } from '@/lib/embeds/providers'

/**
 * Headers for every response. The reader site's pages get a strict script policy (a nonce per
 * render, below); the Payload admin keeps a frame-ancestors-only policy, as its build injects
 * scripts a nonce does not reach. Uploaded files get their own lock-down: even if a file slipped
 * past the type allow-list, the browser may not run it as a page on our origin.
 */
export function securityHeaders(options: { https: boolean }): RequestHandler[] {
  return [...baseHeaders(options), readerSiteScriptPolicy]
}

/** What every response carries, whoever asks and whatever the path. */
function baseHeaders(options: { https: boolean }): RequestHandler[] {
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
  for (const middleware of baseHeaders(options)) middleware(req as never, res as never, () => undefined)
  return [...headers]
}

/**
 * The reader site's Content-Security-Policy: scripts run only with this render's nonce (and what
 * they load, 'strict-dynamic'), so markup that slipped into a comment or an article cannot run.
 * Next reads the nonce from the request's own Content-Security-Policy header and puts it on every
 * script it writes. A cached page is replayed with the header it was rendered with, whose nonce is
 * the one in its HTML; a nonce is unguessable before the render that makes it, which is what
 * stops injected script (a hit hands out a known nonce, but no stored markup can carry it).
 */
const readerSiteScriptPolicy: RequestHandler = (req, res, next) => {
  // A client's own policy header would choose Next's nonce: never take it from outside.
  delete req.headers['content-security-policy']
  delete req.headers['content-security-policy-report-only']
  if (isReaderSitePath(req.path)) {
    const policy = readerSitePolicy(randomBytes(16).toString('base64'))
    req.headers['content-security-policy'] = policy
    res.setHeader('Content-Security-Policy', policy)
  }
  next()
}

export function readerSitePolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    // Style attributes (the inline-feedback popover is placed with one) are not a script vector.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // Only the embed players an article may offer, and only once the reader asks (lib/embeds).
    `frame-src ${EMBED_PLAYER_ORIGINS.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ')
}

/** The reader site: everything but the admin, the API, Next's static chunks and uploads. */
export function isReaderSitePath(path: string): boolean {
  return !/^\/(admin|api|_next)(\/|$)/.test(path) && !isUploadPath(path)
}

/** Uploads get their own headers (above): they never take the path that uses the static set. */
export function isUploadPath(path: string): boolean {
  return path.startsWith('/api/media/file/') || path.startsWith('/media/')
}
