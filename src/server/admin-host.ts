import type { RequestHandler } from 'express'

import { adminHostDecision } from '@/lib/requests/admin-host'
import { messagePage } from '@/lib/text/message-page'

/** Serves the admin at SITE_URL's host only (src/lib/requests/admin-host.ts); says so once in the log. */
export function adminOnSiteHost(options: {
  siteUrl: string
  siteName: string
  demo: () => boolean
  log: (message: string) => void
}): RequestHandler {
  let told = false
  return (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !(req.path === '/admin' || req.path.startsWith('/admin/'))) return next()
    const decision = adminHostDecision(options.siteUrl, req.host, req.originalUrl, options.demo())
    if (decision.action === 'serve') return next()
    if (!told) {
      told = true
      options.log(
        `the admin was opened at ${req.host}, not at SITE_URL (${options.siteUrl}): ${decision.action === 'redirect' ? 'sent there' : 'refused with a page that says so'} (said once)`,
      )
    }
    if (decision.action === 'redirect') return res.redirect(307, decision.location)
    res
      .status(421)
      .type('html')
      .set('Cache-Control', 'no-store')
      .send(
        messagePage({
          siteName: options.siteName,
          siteUrl: options.siteUrl,
          title: 'Open the admin at its own address',
          message: decision.message,
          ok: false,
        }),
      )
  }
}
