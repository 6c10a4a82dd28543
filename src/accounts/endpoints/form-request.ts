import type { Endpoint, PayloadRequest } from 'payload'

import { settings } from '@/lib/config/settings'
import { accountHref, safeReturnPath } from '../domain/return-path'
import type { NoticeCode } from '../domain/notices'

export type FormFields = URLSearchParams

/** 303 See Other: after a form post the browser GETs the next page (post, redirect, get), setting any cookies given. */
export function seeOther(location: string, cookies: string[] = []): Response {
  const headers = new Headers({ Location: location, 'Cache-Control': 'private, no-store' })
  for (const cookie of cookies) headers.append('Set-Cookie', cookie)
  return new Response(null, { status: 303, headers })
}

/** Back to an account page with a notice, keeping where the reader means to return to. */
export const toPage = (page: string, notice: NoticeCode, next?: string) => seeOther(accountHref(page, { notice, next }))

/**
 * Whether a form post came from this site. Browsers send `Origin` with every POST (or at least a
 * `Referer`); one that names another site is a cross-site request forgery and is refused. A client
 * that sends neither is no browser and carries no reader's cookie by accident.
 */
function fromThisSite(req: PayloadRequest): boolean {
  const origin = req.headers.get('origin')
  if (origin === 'null') return false // an opaque origin: a sandboxed frame or a privacy-redirected post
  const claimed = origin ?? originOf(req.headers.get('referer'))
  if (!claimed) return true
  const own = new Set([originOf(settings.siteUrl), originOf(req.url ?? null), ...settings.corsOrigins.map(originOf)])
  return own.has(claimed)
}

function originOf(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}

/**
 * An account form's POST handler: form-encoded fields in, a redirect out. Works without JavaScript;
 * a post from another site goes back to the page it claims to come from with a notice, changing nothing.
 */
export function formEndpoint(
  path: string,
  page: string,
  handle: (req: PayloadRequest, fields: FormFields, next: string) => Promise<Response>,
): Endpoint {
  return {
    path,
    method: 'post',
    handler: async (req) => {
      const fields = new URLSearchParams((await req.text?.()) ?? '')
      const next = safeReturnPath(fields.get('next'))
      if (!fromThisSite(req)) return toPage(page, 'wrong-site', next)
      return handle(req, fields, next)
    },
  }
}

/** The value of a text field, trimmed, or '' (a field may arrive twice or not at all). */
export const field = (fields: FormFields, name: string) => (fields.get(name) ?? '').trim()
