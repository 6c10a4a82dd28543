import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { pinoHttp } from 'pino-http'
import { settings } from '@/lib/config/settings'

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/

/** The request's id, from a trusted upstream `X-Request-Id` when it looks like one, made here otherwise; echoed back. */
export function assignRequestId(req: IncomingMessage, res: ServerResponse): string {
  const assigned = res.getHeader('X-Request-Id')
  if (typeof assigned === 'string') return assigned
  const incoming = req.headers['x-request-id']
  const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID()
  res.setHeader('X-Request-Id', id)
  return id
}

/**
 * One JSON log line per request, with a request id that is taken from a trusted upstream
 * `X-Request-Id` when it looks like one, made here otherwise, and echoed back to the client.
 */
export function requestLog(level = settings.logLevel) {
  return pinoHttp({
    level,
    genReqId: assignRequestId,
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  })
}
