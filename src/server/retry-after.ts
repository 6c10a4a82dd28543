import type { ServerResponse } from 'node:http'
import type { RequestHandler } from 'express'

import { beforeHead, keysNamed } from './response-head'

/**
 * Every 503 leaves with a Retry-After, whoever wrote it: Payload's error handler (the database is
 * restarting: src/lib/requests/explain-error.ts), readiness, shutdown. Clients and balancers back
 * off for that long instead of hammering a service that is recovering.
 */
export function retryAfterOnUnavailable(seconds: number): RequestHandler {
  return (_req, res, next) => {
    const raw: ServerResponse = res
    beforeHead(raw, (status, given) => {
      if (status === 503 && !raw.hasHeader('retry-after') && keysNamed(given, 'retry-after').length === 0)
        raw.setHeader('Retry-After', String(seconds))
    })
    next()
  }
}
