/**
 * The HTTP edge. Express owns HTTP concerns (health and readiness, compression, security headers,
 * request ids and logs, graceful shutdown) and hands every other request to Next, which serves the
 * Payload admin, REST, GraphQL and the reader site. Nothing here imports Payload: it is loaded once,
 * inside Next.
 */
import compression from 'compression'
import express from 'express'
import next from 'next'
import http, { type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { DatabaseUrlError, parseDatabaseUrl } from './src/lib/config/database-url'
import { PageStore } from './src/lib/cache/page-store'
import { purgeShared, sharedCache } from './src/lib/cache/shared'
import { openSharedStore } from './src/server/shared-stores'
import { bodyLimit } from './src/server/body-limit'
import { destroyPayloadInstances } from './src/server/payload-handle'
import { drainServer, trackConnections } from './src/server/lifecycle'
import { pageCache } from './src/server/page-cache'
import { notFoundPages } from './src/server/not-found-page'
import { scriptFreePages } from './src/server/script-free-pages'
import { listenForPurges } from './src/server/purge-listener'
import { assignRequestId, requestLog } from './src/server/request-log'
import { retryAfterOnUnavailable } from './src/server/retry-after'
import { routeReads } from './src/server/read-routing'
import { rateLimits } from './src/server/rate-limits'
import { answerAnonymousMe } from './src/server/anonymous-me'
import { settings } from './src/lib/config/settings'
import { readFromPrimaryFor, readRouting } from './src/lib/replicas/routing'
import { CLIENT_IP_HEADER } from './src/lib/requests/client-ip'
import { ownOrigin } from './src/lib/requests/own-origin'
import { isUploadPath, securityHeaders, staticSecurityHeaders } from './src/server/security-headers'
import { adminOnSiteHost } from './src/server/admin-host'
import { favicon } from './src/server/favicon'

const started = performance.now()
const { port, host, shutdownTimeoutMs, shutdownGraceMs } = settings
const readyTimeoutMs = 3_000

function fail(message: string): never {
  console.error(`newsroom: ${message}`)
  process.exit(1)
}

try {
  parseDatabaseUrl(settings.databaseUrl)
} catch (error) {
  if (error instanceof DatabaseUrlError) fail(error.message)
  throw error
}
if (!settings.hasPayloadSecret) fail('PAYLOAD_SECRET is not set: set it to a long random string (npm start makes one for the demo).')

const nextApp = next({ dev: false, dir: process.cwd(), port, hostname: host ?? 'localhost' })
const handle = nextApp.getRequestHandler()
await nextApp.prepare()

const app = express()
app.disable('x-powered-by')
app.set('trust proxy', settings.trustProxy)

let shuttingDown = false

/** Asks the Payload readiness endpoint (inside Next) over loopback, with a deadline of our own. */
async function readiness(): Promise<{ ok: boolean; body: unknown }> {
  try {
    const response = await fetch(`${ownOrigin(port)}/api/readyz`, { signal: AbortSignal.timeout(readyTimeoutMs) })
    const body: unknown = await response.json().catch(() => ({}))
    return { ok: response.status === 200, body }
  } catch {
    return { ok: false, body: { status: 'unavailable', message: 'The service did not answer its readiness check in time.' } }
  }
}

app.get('/healthz', (_req, res) => {
  res.set('Cache-Control', 'no-store').json({
    status: 'ok',
    uptimeSeconds: Math.round(process.uptime()),
    pageCache: sharedCache().store?.stats() ?? null,
    sharedCache: sharedCache().responses?.kind ?? null,
    readReplicas: replicated ? { replicas: readRouting().replicas, reads: readRouting().reads } : null,
  })
})

app.get('/readyz', async (_req, res) => {
  res.set('Cache-Control', 'no-store')
  if (shuttingDown) {
    res.status(503).set('Retry-After', '5').json({ status: 'shutting-down' })
    return
  }
  const { ok, body } = await readiness()
  if (!ok) res.status(503).set('Retry-After', '5')
  res.json(body)
})

// Anonymous pages, feeds and public API reads are answered from memory until what they show changes
// (Payload hooks purge by tag: src/lib/cache/tags.ts). Hits are served before the request log and
// compression (a stored gzip copy goes out as it is); misses are rendered by Next and filled below.
sharedCache().store = settings.pageCache.enabled
  ? new PageStore({ maxBytes: settings.pageCache.maxBytes, maxAgeMs: settings.pageCache.maxAgeMs })
  : null
// On PostgreSQL, several processes may serve one site: a purge made by any of them reaches this one.
const database = parseDatabaseUrl(settings.databaseUrl)
const cacheStore = sharedCache().store
// With read replicas, a page rendered just after a purge must not come from a replica that has not
// replayed the change yet: reads in this process go to the primary for a moment after each purge.
const replicated = database.engine === 'postgres' && settings.readReplicas.length > 0
const afterPurge = replicated ? () => readFromPrimaryFor(settings.readPrimaryAfterWriteMs) : undefined
if (afterPurge) sharedCache().onPurge.add(afterPurge)
// Rendered responses are also kept outside the process (Redis, PostgreSQL or a SQLite file): every
// process reads one render per change, and a restart starts with the pages warm.
sharedCache().responses =
  cacheStore && settings.sharedCache.enabled
    ? await openSharedStore({
        database,
        redisUrl: settings.redisUrl,
        maxAgeMs: settings.sharedCache.maxAgeMs,
        maxBytes: settings.sharedCache.maxBytes,
        buildDir: '.next',
        log: (message) => console.error(`newsroom: ${message}`),
      })
    : null
const purgeListener =
  cacheStore && database.engine === 'postgres'
    ? listenForPurges(
        database.url,
        cacheStore,
        (message) => console.error(`newsroom: ${message}`),
        (purge) => {
          afterPurge?.()
          // The change's own process purges the shared store again now that it is committed (src/cache/purge.ts);
          // every process does for a change made where there is no edge (a script names no origin).
          if (purge.origin && purge.origin !== sharedCache().origin) return
          if ('all' in purge) void sharedCache().responses?.purgeAll()
          else void purgeShared(purge.tags)
        },
      )
    : null
const cache = pageCache(
  {
    sMaxAgeSeconds: settings.pageCache.sMaxAgeSeconds,
    staleWhileRevalidateSeconds: settings.pageCache.staleWhileRevalidateSeconds,
  },
  {
    // Concurrent misses of one page wait this long for the render under way (0 turns collapsing off).
    collapseWaitMs: settings.pageCache.collapseWaitMs,
  },
)

// Sign-in and write limits per client address, counted in one store by every process.
const limits = (() => {
  try {
    return rateLimits(
      settings.redisUrl
        ? { kind: 'redis', url: settings.redisUrl }
        : database.engine === 'postgres'
          ? { kind: 'postgres', url: database.url }
          : { kind: 'memory' },
    )
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error))
  }
})()

const https = settings.siteUrl.startsWith('https://')
const hitHeaders = staticSecurityHeaders({ https })
app.use(securityHeaders({ https }))
app.use((req, res, nextHandler) => {
  if (shuttingDown) res.set('Connection', 'close')
  assignRequestId(req, res)
  nextHandler()
})
app.use(retryAfterOnUnavailable(settings.retryAfterSeconds))
app.use(
  adminOnSiteHost({
    siteUrl: settings.siteUrl,
    siteName: settings.siteName,
    demo: () => settings.demo,
    log: (message) => console.error(`newsroom: ${message}`),
  }),
)
app.use(answerAnonymousMe)
// The site's icon at fixed addresses (Next names its own copy with a hash): browsers ask for
// /favicon.ico, and structured data names /icon.svg as the publisher's logo until one is uploaded.
app.get(['/favicon.ico', '/icon.svg'], favicon(process.cwd()))
// Cache hits are not logged line by line (a CDN's log or /healthz's counts cover them).
app.use(cache.serve)
app.use(requestLog())
app.use(compression())
app.use(
  bodyLimit({
    uploadBytes: settings.maxUploadBytes,
    otherBytes: settings.maxBodyBytes,
  }),
)
app.use((req, res, nextHandler) => {
  // The client address as Express judges it (TRUST_PROXY), for comment rate limits and the keyed
  // address hash; any value the client sent under this name is overwritten.
  req.headers[CLIENT_IP_HEADER] = req.ip ?? req.socket.remoteAddress ?? ''
  nextHandler()
})
app.use(limits.middleware)
// Live streams (an article's comments, the moderation desk's counts) never finish on their own: at
// shutdown they are cut, and their clients reconnect (with Last-Event-ID) to a server that is staying.
const liveStreams = new Set<ServerResponse>()
const isLiveStream = (path: string) => path.endsWith('/comments/live') || path === '/api/comments/desk/live'
app.use((req, res, nextHandler) => {
  if (req.method === 'GET' && isLiveStream(req.path)) {
    if (shuttingDown) {
      res
        .status(503)
        .set('Retry-After', '1')
        .json({ errors: [{ message: 'This server is shutting down: reconnect.' }] })
      return
    }
    liveStreams.add(res)
    res.once('close', () => liveStreams.delete(res))
  }
  nextHandler()
})
if (replicated) app.use(routeReads(settings.readPrimaryAfterWriteMs))
app.use(cache.fill)
app.use(scriptFreePages())
app.use(notFoundPages((req, res, pathname) => nextApp.renderToHTML(req, res, pathname, {})))
app.all('/{*splat}', (req, res) => handle(req, res))

// Cache hits are answered before Express, with the same headers its middleware would have set:
// the router and a dozen middleware calls cost more than the answer itself.
const server = http.createServer((req, res) => {
  const answered =
    !shuttingDown &&
    !isUploadPath(req.url ?? '/') &&
    cache.answerHit(req, res, () => {
      for (const [name, value] of hitHeaders) res.setHeader(name, value)
      assignRequestId(req, res)
    })
  if (!answered) app(req, res)
})
server.listen(port, host ?? '::', () => {
  const address = server.address() as AddressInfo
  console.log(`newsroom: listening on http://localhost:${address.port} (${Math.round(performance.now() - started)} ms)`)
  // Payload starts lazily inside Next; warm it now so the job worker (scheduled publishing) runs
  // from boot, not from the first visitor.
  void readiness().then(({ ok }) => {
    const ms = Math.round(performance.now() - started)
    if (!ok) console.error('newsroom: started, but the database is not reachable yet; /readyz reports 503 until it is')
    else {
      console.log(`newsroom: ready in ${ms} ms — admin /admin, REST /api, GraphQL /api/graphql`)
      // Route chunks load on first use (next.config.ts): load the reader pages' now, after ready. Past
      // the cache (an Authorization header), which may already hold both pages from before a restart.
      for (const path of ['/', '/articles/warm-up'])
        void fetch(`${ownOrigin(address.port)}${path}`, { headers: { authorization: 'JWT warm-up' } }).catch(() => undefined)
    }
  })
})
server.keepAliveTimeout = 65_000
const connections = trackConnections(server)

async function shutdown(signal: string): Promise<void> {
  if (shuttingDown) return
  shuttingDown = true
  console.log(`newsroom: ${signal} received, finishing in-flight requests`)
  for (const res of liveStreams) res.socket?.destroy()
  const outcome = await drainServer(server, connections, { graceMs: shutdownGraceMs, timeoutMs: shutdownTimeoutMs })
  await purgeListener?.close()
  await limits.close().catch(() => undefined)
  await sharedCache()
    .responses?.close()
    .catch(() => undefined)
  const closed = await destroyPayloadInstances().catch((error: unknown) => {
    console.error('newsroom: closing the database failed', error)
    return 0
  })
  console.log(`newsroom: HTTP ${outcome}, ${closed ? 'database closed' : 'no database connection was open'}; bye`)
  process.exit(0)
}

process.on('SIGTERM', () => void shutdown('SIGTERM'))
process.on('SIGINT', () => void shutdown('SIGINT'))
