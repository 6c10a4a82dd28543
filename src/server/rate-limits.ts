import type { RequestHandler } from 'express'
import { Redis } from 'ioredis'
import pg from 'pg'
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'

import { FRONTEND_TOKEN_HEADER } from '@/lib/requests/frontend-token'
import { parseRateLimit, rateLimitKind, type RateLimitKind, type RateLimitSpec } from '@/lib/requests/rate-limit-spec'
import { limitFor, setSharedRateLimits, type ConsumeLimit } from '@/lib/requests/shared-rate-limits'
import { settings } from '@/lib/config/settings'
import { messagePage } from '@/lib/text/message-page'

export type RateLimitStore = { kind: 'redis'; url: string } | { kind: 'postgres'; url: string } | { kind: 'memory' }

const MESSAGES: Record<RateLimitKind, string> = {
  auth: 'Too many sign-in, sign-up or password requests from your address',
  writes: 'Too many changes sent from your address',
  reads: 'Too many requests from your address (a server-side front end can read under a front-end token: see the README)',
  frontend: 'Too many requests from this front end',
}

/**
 * The edge's limits (rate-limiter-flexible), by what a request does: sign-in, sign-up, password
 * and verification mail (RATE_LIMIT_AUTH, default 30 per 10 minutes), other API writes
 * (RATE_LIMIT_WRITES, 300 a minute) and API reads that miss the cache (RATE_LIMIT_READS, 1200 a
 * minute), each per client address; a trusted front end's reads count per front end instead
 * (RATE_LIMIT_FRONTEND, 12000 a minute; src/lib/requests/frontend-token.ts). GraphQL POSTs are
 * classified by their operations in the GraphQL route, through the same limiters
 * (src/lib/requests/shared-rate-limits.ts). Several processes share one count: in Redis when
 * REDIS_URL is set, else in PostgreSQL (the `rate_limits` table, made by a migration); only the
 * embedded SQLite default keeps them in memory. Should the shared store fail, each process falls
 * back to counting in its own memory rather than refusing everyone. Comment limits (per reader and
 * per address, from the comment settings) are counted from the comments themselves.
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
    reads: parseRateLimit('RATE_LIMIT_READS', settings.rateLimitReads, '1200/60'),
    frontend: parseRateLimit('RATE_LIMIT_FRONTEND', settings.rateLimitFrontend, '12000/60'),
  }
  const { make, ready, close } = limiterFactory(store)
  const limiters = new Map<RateLimitKind, RateLimiterAbstract>()
  for (const [kind, spec] of Object.entries(specs) as [RateLimitKind, RateLimitSpec][]) {
    if (spec) limiters.set(kind, make(kind, spec))
  }

  const consume: ConsumeLimit = async (kind, key, points) => {
    const limiter = limiters.get(kind)
    if (!limiter || points <= 0) return { allowed: true }
    try {
      await limiter.consume(key, points)
      return { allowed: true }
    } catch (outcome) {
      if (!(outcome instanceof RateLimiterRes)) throw outcome
      const seconds = Math.max(1, Math.ceil(outcome.msBeforeNext / 1000))
      return { allowed: false, retryAfterSeconds: seconds, message: `${MESSAGES[kind]}: try again in ${seconds} s.` }
    }
  }
  setSharedRateLimits(consume)

  const middleware: RequestHandler = (req, res, next) => {
    const requested = rateLimitKind(req.method, req.path)
    if (!requested) return next()
    const client = { address: req.ip ?? req.socket.remoteAddress ?? 'unknown', frontendToken: req.get(FRONTEND_TOKEN_HEADER) }
    const { kind, key } = limitFor(requested, client, settings.payloadSecret)
    consume(kind, key, 1)
      .then((verdict) => {
        if (verdict.allowed) return next()
        res.status(429).set('Retry-After', String(verdict.retryAfterSeconds)).set('Cache-Control', 'no-store')
        // A person's form post (the account pages) gets a page, not JSON; fetch() and API clients get JSON.
        if (req.accepts(['json', 'html']) === 'html') {
          res.type('html').send(tooManyPage(verdict.message))
          return
        }
        res.json({ errors: [{ message: verdict.message }] })
      })
      .catch(next)
  }
  return {
    middleware,
    ready,
    close: async () => {
      setSharedRateLimits(null)
      await close()
    },
  }
}

const tooManyPage = (message: string) =>
  messagePage({ siteName: settings.siteName, siteUrl: settings.siteUrl, title: 'Too many tries', message, ok: false })

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
