import type { RequestHandler } from 'express'

import { isDraftPreview } from '@/lib/cache/policy'

import { bufferResponse } from './buffered-response'
import { completeStreamedBoundaries } from './streamed-boundaries'

/**
 * Reader pages (everything but the API, the admin and the preview routes). They are links, GET
 * forms and <details> menus that work without JavaScript, yet Next sends each its whole client
 * runtime (about 560 KB, 170 KB gzipped, on the 2026-11-25 bench) and the page's data again as an
 * inline script payload, then hydrates the whole document. The framework has no switch for a page
 * without client code, so the edge takes the scripts out. An article's islands (comments, inline
 * feedback, relative dates, embeds) come from their own bundle instead (src/site/islands/entry.tsx),
 * which hydrates them one by one and which this step keeps.
 */
export function isScriptFreePage(path: string): boolean {
  if (/^\/(api|admin|_next|next)(\/|$)/.test(path)) return false
  return !/\.(xml|txt|svg|ico|json)$/.test(path)
}

/**
 * What the edge removes: every <script> but structured data and the islands bundle (`data-islands`),
 * and the links that preload scripts but the islands bundle's.
 */
export function withoutFrameworkScripts(html: string): string {
  return html
    .replace(/<script\b(?![^>]*\b(?:type="application\/ld\+json"|data-islands))[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b(?![^>]*\/_next\/static\/islands\/)[^>]*\b(?:as="script"|rel="modulepreload")[^>]*>/g, '')
}

/** The edge step: GET answers of script-free pages that are HTML lose the framework's scripts. */
export function scriptFreePages(): RequestHandler {
  return (req, res, nextHandler) => {
    // A draft preview keeps Next's runtime: live preview needs its router.
    if (req.method !== 'GET' || !isScriptFreePage(req.path) || isDraftPreview(req.headers.cookie)) return nextHandler()
    bufferResponse(res, (_status, body) => {
      if (!String(res.getHeader('content-type') ?? '').startsWith('text/html')) return body
      // Boundaries React streamed out of line are put in place first: their inline script goes too.
      const completed = completeStreamedBoundaries(body.toString('utf8'))
      return completed === null ? body : Buffer.from(withoutFrameworkScripts(completed))
    })
    nextHandler()
  }
}
