import type { OutgoingHttpHeaders, ServerResponse } from 'node:http'
import type { RequestHandler } from 'express'

/**
 * Every 503 leaves with a Retry-After, whoever wrote it: Payload's error handler (the database is
 * restarting: src/lib/requests/explain-error.ts), readiness, shutdown. Clients and balancers back
 * off for that long instead of hammering a service that is recovering.
 */
export function retryAfterOnUnavailable(seconds: number): RequestHandler {
  return (_req, res, next) => {
    const raw: ServerResponse = res
    const writeHead = raw.writeHead
    raw.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
      const status = typeof args[0] === 'number' ? args[0] : this.statusCode
      const given = args.find((arg): arg is OutgoingHttpHeaders => typeof arg === 'object' && arg !== null && !Array.isArray(arg))
      const named = given && Object.keys(given).some((key) => key.toLowerCase() === 'retry-after')
      if (status === 503 && !this.hasHeader('retry-after') && !named) this.setHeader('Retry-After', String(seconds))
      return writeHead.apply(this, args)
    } as ServerResponse['writeHead']
    next()
  }
}
