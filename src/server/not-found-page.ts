import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import type { RequestHandler } from 'express'

/** The site's 404 as an ordinary page (src/app/(site)/page-not-found). */
export const NOT_FOUND_PAGE = '/page-not-found'

/** Renders a page of the site to HTML for this request (Next's renderToHTML). */
export type RenderPage = (req: IncomingMessage, res: ServerResponse, pathname: string) => Promise<string | null>

/** Where Next keeps what it worked out about a request (next/dist/server/request-meta). */
const NEXT_REQUEST_META = Symbol.for('NextInternalRequestMeta')

const isHtml = (value: unknown) => typeof value === 'string' && value.startsWith('text/html')

/**
 * Why: when a page calls notFound(), Next answers 404 with an empty document (`<div hidden>`, no
 * `lang`, no title) that only its client script fills in (vercel/next.js#62228: React's server
 * renderer has no error boundaries, so the 404 escapes to the shell). A reader without JavaScript,
 * a crawler or a validator gets nothing. The edge holds back such an answer and sends the site's 404
 * page instead, rendered normally, with the status kept.
 *
 * Only GETs of reader pages: the API and the admin answer their 404s themselves.
 */
export function notFoundPages(renderPage: RenderPage): RequestHandler {
  return (req, response, nextHandler) => {
    // Next writes to the bare Node response; so does this.
    const res: ServerResponse = response
    if (req.method !== 'GET' || /^\/(api|admin|_next)(\/|$)/.test(req.path)) return nextHandler()
    if (req.path === NOT_FOUND_PAGE) res.statusCode = 404
    const headersBefore = new Set(res.getHeaderNames())
    const { writeHead, write, end } = res
    // Decided at the first of writeHead, write or end: a cache layer below may buffer the body and
    // write the head only at the end, so Next's writes can come before any writeHead.
    let held: boolean | undefined
    const decide = (status: number, headers?: OutgoingHttpHeaders) =>
      (held ??= status === 404 && (isHtml(res.getHeader('content-type')) || isHtml(headers?.['content-type'])))

    res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
      const headers = rest.find((arg): arg is OutgoingHttpHeaders => typeof arg === 'object' && arg !== null && !Array.isArray(arg))
      if (decide(status, headers)) return this
      if (req.path === NOT_FOUND_PAGE) status = 404
      return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest)
    } as ServerResponse['writeHead']
    res.write = function (this: ServerResponse, ...args: unknown[]) {
      if (!decide(res.statusCode)) return (write as (...args: unknown[]) => boolean).apply(this, args)
      const callback = args.find((arg) => typeof arg === 'function') as (() => void) | undefined
      callback?.()
      return true
    } as ServerResponse['write']
    res.end = function (this: ServerResponse, ...args: unknown[]) {
      if (!decide(res.statusCode)) return (end as (...args: unknown[]) => ServerResponse).apply(this, args)
      res.writeHead = writeHead
      res.write = write
      res.end = end
      void sendNotFoundPage(req, res, headersBefore, renderPage).catch(() => {
        if (!res.headersSent) res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
        res.end('Page not found.')
      })
      return this
    } as ServerResponse['end']
    nextHandler()
  }
}

async function sendNotFoundPage(
  req: IncomingMessage,
  res: ServerResponse,
  headersBefore: Set<string>,
  renderPage: RenderPage,
): Promise<void> {
  // What the held answer set describes the empty shell, not the page sent instead.
  for (const name of res.getHeaderNames()) if (!headersBefore.has(name)) res.removeHeader(name)
  // A fresh render of another page: Next keeps what it matched for this request on the request.
  const requested = req.url
  req.url = NOT_FOUND_PAGE
  // Rendered as the ordinary page it is; the status is set after (Next gives a 404 other metadata).
  res.statusCode = 200
  Reflect.deleteProperty(req, NEXT_REQUEST_META)
  const html = await renderPage(req, res, NOT_FOUND_PAGE).finally(() => {
    req.url = requested
  })
  if (html === null) throw new Error('The 404 page did not render.')
  res.statusCode = 404
  res.setHeader('content-type', 'text/html; charset=utf-8')
  res.setHeader('cache-control', 'no-store')
  res.end(html)
}
