import type { OutgoingHttpHeaders, ServerResponse } from 'node:http'
import type { RequestHandler } from 'express'

import { isPersonal } from '../lib/cache/policy'
import { PRIMARY_COOKIE, readRouting } from '../lib/replicas/routing'
import { beforeHead, keysNamed } from './response-head'

const READS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Read-your-own-writes with read replicas, across processes (the Rails database-selector pattern):
 * a request that writes runs on the primary, and a successful write gives the client a cookie that
 * sends its reads to the primary for `windowMs` — on whichever process the balancer picks next —
 * so a reader sees their comment at once although a replica may not have it yet. Anonymous reads,
 * the bulk of a news site's, are what replicas serve.
 */
export function routeReads(windowMs: number): RequestHandler {
  const cookie = `${PRIMARY_COOKIE}=1; Max-Age=${Math.ceil(windowMs / 1000)}; Path=/; HttpOnly; SameSite=Lax`
  return (req, res, next) => {
    const writes = !READS.has(req.method)
    if (writes) {
      const raw: ServerResponse = res
      beforeHead(raw, (status, given) => {
        if (status < 400) addCookie(raw, given, cookie)
      })
    }
    // Anyone signed in reads the primary too: their login is checked against sessions a logout on
    // another process has just deleted, and what they see is mostly their own (drafts, their comments).
    const primary = writes || isPersonal(req.headers) || hasCookie(req.headers.cookie, PRIMARY_COOKIE)
    readRouting().request.run({ primary }, next)
  }
}

function hasCookie(header: string | undefined, name: string): boolean {
  return (header ?? '').split(';').some((part) => part.trim().startsWith(`${name}=`))
}

/** Adds a Set-Cookie beside those already set (Payload's login cookie among them), never in place of them. */
function addCookie(res: ServerResponse, given: OutgoingHttpHeaders | undefined, cookie: string): void {
  const key = keysNamed(given, 'set-cookie')[0]
  if (given && key) {
    given[key] = [...[given[key] ?? []].flat().map(String), cookie]
    return
  }
  const existing = res.getHeader('set-cookie')
  res.setHeader('Set-Cookie', [...[existing ?? []].flat().map(String), cookie])
}
