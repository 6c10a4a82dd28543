import type { RequestHandler } from 'express'
import { Redis } from 'ioredis'
import pg from 'pg'
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'

import { parseRateLimit, rateLimitKind, type RateLimitKind, type RateLimitSpec } from '../lib/requests/rate-limit-spec'
import { settings } from '@/lib/config/settings'

export type RateLimitStore = { kind: 'redis'; url: string } | { kind: 'postgres'; url: string } | { kind: 'memory' }

const MESSAGES: Record<RateLimitKind, string> = {
  auth: 'Too many sign-in, sign-up or password requests from your address',
  writes: 'Too many changes sent from your address',
}

/**
 * The edge's per-address limits (rate-limiter-flexible): sign-in/sign-up/password mail
 * (RATE_LIMIT_AUTH, default 30 per 10 minutes) and other API writes (RATE_LIMIT_WRITES, default 300 a
 * minute). Several processes share one count: in Redis when REDIS_URL is set, else in PostgreSQL (the
 * `rate_limits` table, made by a migration); only the embedded SQLite default keeps them in memory.
 * Should the shared store fail, each process falls back to counting in its own memory rather than
 * refusing everyone. Comment limits (per reader and per address, from the comment settings) are
 * counted from the comments themselves, in the database every process shares.
 */
export type RateLimits = {
  middleware: RequestHandler
  /** Settles once the shared store answers (until then the in-memory insurance counts). */
  ready: Promise<void>
  close: () => Promise<void>
}

export function rateLimits(store: RateLimitStore): RateLimits {
  const specs: Record<RateLimitKind, RateLimitSpec> = {
    auth: parseRateLimit('RATE_LIMIT_AUTH', settings.rateLimitAuth, '30/600'),
    writes: parseRateLimit('RATE_LIMIT_WRITES', settings.rateLimitWrites, '300/60'),
  }
  const { make, ready, close } = limiterFactory(store)
  const limiters = new Map<RateLimitKind, RateLimiterAbstract>()
  for (const kind of ['auth', 'writes'] as const) {
    const spec = specs[kind]
    if (spec) limiters.set(kind, make(kind, spec))
  }

  const middleware: RequestHandler = (req, res, next) => {
    const kind = rateLimitKind(req.method, req.path)
    const limiter = kind ? limiters.get(kind) : undefined
    if (!kind || !limiter) return next()
    limiter
      .consume(req.ip ?? req.socket.remoteAddress ?? 'unknown')
      .then(() => next())
      .catch((outcome: unknown) => {
        if (!(outcome instanceof RateLimiterRes)) return next(outcome)
        const seconds = Math.max(1, Math.ceil(outcome.msBeforeNext / 1000))
        res
          .status(429)
          .set('Retry-After', String(seconds))
          .set('Cache-Control', 'no-store')
          .json({ errors: [{ message: `${MESSAGES[kind]}: try again in ${seconds} s.` }] })
      })
  }
  return { middleware, ready, close }
}

function limiterFactory(store: RateLimitStore): {
  make: (kind: RateLimitKind, spec: NonNullable<RateLimitSpec>) => RateLimiterAbstract
  ready: Promise<void>
  close: () => Promise<void>
} {
  const options = (kind: RateLimitKind, spec: NonNullable<RateLimitSpec>) => ({
    keyPrefix: `newsroom-${kind}`,
    points: spec.points,
    duration: spec.durationSeconds,
  })
  const insurance = (kind: RateLimitKind, spec: NonNullable<RateLimitSpec>) => new RateLimiterMemory(options(kind, spec))
  switch (store.kind) {
    case 'redis': {
      const client = new Redis(store.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false })
      client.on('error', () => undefined) // reconnects on its own; the insurance limiter counts meanwhile
      return {
        make: (kind, spec) =>
          new RateLimiterRedis({
            ...options(kind, spec),
            storeClient: client,
            rejectIfRedisNotReady: true,
            insuranceLimiter: insurance(kind, spec),
          }),
        ready: new Promise((resolve) => client.once('ready', () => resolve())),
        close: async () => void client.disconnect(),
      }
    }
    case 'postgres': {
      const pool = new pg.Pool({ connectionString: store.url, max: 2, connectionTimeoutMillis: 2000 })
      pool.on('error', () => undefined)
      return {
        make: (kind, spec) =>
          new RateLimiterPostgres({
            ...options(kind, spec),
            storeClient: pool,
            storeType: 'pool',
            tableName: 'rate_limits',
            tableCreated: true,
            insuranceLimiter: insurance(kind, spec),
          }),
        ready: pool.query('SELECT 1').then(
          () => undefined,
          () => undefined,
        ),
        close: () => pool.end(),
      }
    }
    case 'memory':
      return { make: (kind, spec) => new RateLimiterMemory(options(kind, spec)), ready: Promise.resolve(), close: async () => undefined }
  }
}
