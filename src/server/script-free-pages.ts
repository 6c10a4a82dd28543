import type { RequestHandler } from 'express'

import { bufferResponse } from './buffered-response'

/**
 * Reader pages with no island (everything but an article and the preview routes). They are links,
 * GET forms and <details> menus that work without JavaScript, yet Next sends each its whole client
 * runtime (about 560 KB, 170 KB gzipped, on the 2026-11-25 bench) and the page's data again as an
 * inline script payload, only to hydrate markup that does nothing. The framework has no switch for
 * a page without client code, so the edge takes the scripts out.
 */
export function isScriptFreePage(path: string): boolean {
  if (/^\/(api|admin|_next|next|articles)(\/|$)/.test(path)) return false
  return !/\.(xml|txt|svg|ico|json)$/.test(path)
}

/** What the edge removes: every <script> but structured data, and the links that preload scripts. */
export function withoutFrameworkScripts(html: string): string {
  return html
    .replace(/<script\b(?![^>]*\btype="application\/ld\+json")[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*\b(?:as="script"|rel="modulepreload")[^>]*>/g, '')
}

/** The edge step: GET answers of script-free pages that are HTML lose the framework's scripts. */
export function scriptFreePages(): RequestHandler {
  return (req, res, nextHandler) => {
    if (req.method !== 'GET' || !isScriptFreePage(req.path)) return nextHandler()
    bufferResponse(res, (_status, body) => {
      if (!String(res.getHeader('content-type') ?? '').startsWith('text/html')) return body
      return Buffer.from(withoutFrameworkScripts(body.toString('utf8')))
    })
    nextHandler()
  }
}
