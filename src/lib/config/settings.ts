import { parseLeaseMs } from '../leases/job-lease'

/**
 * Every environment variable the service reads. Code in src/, server.ts and payload.config.ts reads
 * them only through `settings` below (a lint rule holds that), and README's configuration table
 * lists exactly these (tests/unit/config-table.test.ts compares the two). NEWSROOM_DEMO is read by
 * the start scripts before the service loads (scripts/lib/env.ts); NODE_ENV is set by them.
 */
export const VARIABLES = [
  'DATABASE_URL',
  'DATABASE_POOL_MAX',
  'PAYLOAD_SECRET',
  'NEWSROOM_DEMO',
  'DEMO_PASSWORD',
  'NODE_ENV',
  'PORT',
  'HOST',
  'SITE_URL',
  'SITE_NAME',
  'INSECURE_COOKIES',
  'CORS_ORIGINS',
  'SMTP_URL',
  'EMAIL_FROM',
  'EMAIL_FROM_NAME',
  'MEDIA_DIR',
  'MAX_UPLOAD_BYTES',
  'MAX_BODY_BYTES',
  'JOBS_WORKER',
  'JOBS_CRON',
  'JOBS_LEASE_MS',
  'GRAPHQL_INTROSPECTION',
  'API_DOCS_PUBLIC',
  'GRAPHQL_MAX_COMPLEXITY',
  'LOGIN_MAX_ATTEMPTS',
  'LOGIN_LOCK_MINUTES',
  'TRUST_PROXY',
  'SPAM_CHECKER_URL',
  'SPAM_CHECKER_KEY',
  'LIVE_MAX_CONNECTIONS',
  'LIVE_HEARTBEAT_MS',
  'LOG_LEVEL',
  'PAGE_CACHE',
  'PAGE_CACHE_MB',
  'PAGE_CACHE_MAX_AGE_S',
  'PAGE_CACHE_COLLAPSE_MS',
  'SHARED_CACHE',
  'SHARED_CACHE_MAX_AGE_S',
  'SHARED_CACHE_MB',
  'CACHE_S_MAXAGE',
  'CACHE_STALE_WHILE_REVALIDATE',
  'CACHE_PURGE_WEBHOOKS',
  'CACHE_PURGE_SECRET',
  'SHUTDOWN_GRACE_MS',
  'SHUTDOWN_TIMEOUT_MS',
  'RETRY_AFTER_SECONDS',
  'VIEWS_FLUSH_MS',
  'RATE_LIMIT_AUTH',
  'RATE_LIMIT_WRITES',
  'RATE_LIMIT_READS',
  'RATE_LIMIT_FRONTEND',
  'REDIS_URL',
  'DATABASE_READ_REPLICAS',
  'REPLICA_MAX_LAG_MS',
  'REPLICA_PROBE_MS',
  'READ_PRIMARY_AFTER_WRITE_MS',
  'S3_BUCKET',
  'S3_ENDPOINT',
  'S3_REGION',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
] as const

export type Variable = (typeof VARIABLES)[number]

/** The one place the environment is read. */
const env = (name: Variable): string | undefined => process.env[name]

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback
  return value === 'true' || value === '1'
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
}

const number = (name: Variable, fallback: number) => Number(env(name) ?? fallback)

const production = env('NODE_ENV') === 'production'

function secret(): string {
  const value = env('PAYLOAD_SECRET')
  if (value) return value
  // Next's build imports the config without secrets; a running server never gets here (start.ts
  // makes one for the embedded demo and refuses to start production without one).
  return 'build-time-placeholder-secret-not-used-at-runtime'
}

const replicaMaxLagMs = number('REPLICA_MAX_LAG_MS', 1000)
const replicaProbeMs = number('REPLICA_PROBE_MS', 250)

const port = number('PORT', 3000)
const siteUrl = (env('SITE_URL') ?? `http://localhost:${port}`).replace(/\/$/, '')

export const settings = {
  production,
  siteUrl,
  /**
   * Login cookies (staff and readers) are `Secure` on an https site and in production (behind a
   * TLS-terminating proxy SITE_URL may still say http); INSECURE_COOKIES=true is the explicit way out
   * for a production build tried over plain http on another host than localhost.
   */
  secureCookies: env('INSECURE_COOKIES') !== 'true' && (production || siteUrl.startsWith('https://')),
  siteName: env('SITE_NAME') ?? 'The Harbour Ledger',
  /**
   * Read when asked: the start scripts set PAYLOAD_SECRET and DATABASE_URL for the demo
   * (scripts/lib/env.ts) after modules that import these settings have loaded.
   */
  get payloadSecret(): string {
    return secret()
  },
  corsOrigins: list(env('CORS_ORIGINS')),
  jobsCron: env('JOBS_CRON') ?? '*/15 * * * * *',
  jobsWorker: flag(env('JOBS_WORKER'), true),
  /** A job still claimed this long after its claim was abandoned by a dead worker: src/lib/leases/job-lease.ts. */
  jobsLeaseMs: parseLeaseMs(env('JOBS_LEASE_MS')),
  graphqlIntrospection: flag(env('GRAPHQL_INTROSPECTION'), !production),
  /** The API reference page (/api/docs) for anyone, not staff only. The description itself is always public. */
  apiDocsPublic: flag(env('API_DOCS_PUBLIC'), false),
  graphqlMaxComplexity: number('GRAPHQL_MAX_COMPLEXITY', 600),
  maxUploadBytes: number('MAX_UPLOAD_BYTES', 10 * 1024 * 1024),
  /** Where `cache.purge` webhooks go (a CDN purge hook, another front end), and the secret that signs them. */
  cachePurgeWebhooks: list(env('CACHE_PURGE_WEBHOOKS')),
  cachePurgeSecret: env('CACHE_PURGE_SECRET') ?? '',
  /** PostgreSQL streaming replicas for reads (comma-separated URLs): src/db/read-replicas.ts. */
  readReplicas: list(env('DATABASE_READ_REPLICAS')),
  /** A replica further behind the primary than this serves no reads. */
  replicaMaxLagMs: replicaMaxLagMs,
  replicaProbeMs: replicaProbeMs,
  /**
   * Reads go to the primary this long after a write (by the same client, or any purge in the
   * process): longer than a replica may lag plus one probe, so no read after it can miss the write.
   */
  readPrimaryAfterWriteMs: Math.max(number('READ_PRIMARY_AFTER_WRITE_MS', 2000), replicaMaxLagMs + replicaProbeMs),
  /** Redis for the shared rate-limit store; without it PostgreSQL holds them (memory on SQLite). */
  redisUrl: env('REDIS_URL') ?? '',
  /** Media in S3-compatible object storage when a bucket is named; local media/ otherwise. */
  s3: {
    bucket: env('S3_BUCKET') ?? '',
    endpoint: env('S3_ENDPOINT') || undefined,
    region: env('S3_REGION') ?? 'us-east-1',
    accessKeyId: env('S3_ACCESS_KEY_ID') ?? '',
    secretAccessKey: env('S3_SECRET_ACCESS_KEY') ?? '',
    forcePathStyle: flag(env('S3_FORCE_PATH_STYLE'), false),
  },
  /** The raw DATABASE_URL (src/lib/config/database-url.ts parses it) and the PostgreSQL pool size. */
  get databaseUrl(): string | undefined {
    return env('DATABASE_URL')
  },
  databasePoolMax: number('DATABASE_POOL_MAX', 10),
  /** Whether PAYLOAD_SECRET is set at all: the server refuses to start without it. */
  get hasPayloadSecret(): boolean {
    return !!env('PAYLOAD_SECRET')
  },
  demoPassword: env('DEMO_PASSWORD') ?? 'newsroom-demo-2026',
  /** Demo mode (the start scripts decide it before the service loads: scripts/lib/env.ts). */
  get demo(): boolean {
    return env('NEWSROOM_DEMO') === 'true'
  },
  port,
  host: env('HOST') || undefined,
  /** Outgoing mail: logged when no SMTP server is named. */
  smtpUrl: env('SMTP_URL'),
  emailFrom: env('EMAIL_FROM') ?? 'newsroom@localhost',
  emailFromName: env('EMAIL_FROM_NAME') ?? 'Newsroom',
  mediaDir: env('MEDIA_DIR') ?? 'media',
  maxBodyBytes: number('MAX_BODY_BYTES', 2 * 1024 * 1024),
  loginMaxAttempts: number('LOGIN_MAX_ATTEMPTS', 5),
  loginLockMinutes: number('LOGIN_LOCK_MINUTES', 10),
  /** Express's trust-proxy setting: which proxies' X-Forwarded-For names the client. */
  trustProxy: env('TRUST_PROXY') ?? 'loopback',
  /** Read when asked (not once at start): an Akismet-compatible checker can be pointed at while running, as the tests do. */
  get spamCheckerUrl(): string {
    return env('SPAM_CHECKER_URL') ?? ''
  },
  get spamCheckerKey(): string {
    return env('SPAM_CHECKER_KEY') ?? ''
  },
  /** Live comment streams one process holds, and how often an idle one sends a heartbeat. */
  get liveMaxConnections(): number {
    return number('LIVE_MAX_CONNECTIONS', 500)
  },
  get liveHeartbeatMs(): number {
    return number('LIVE_HEARTBEAT_MS', 15_000)
  },
  logLevel: env('LOG_LEVEL') ?? 'info',
  /** The edge's cache of anonymous responses (src/server/page-cache.ts). */
  pageCache: {
    enabled: env('PAGE_CACHE') !== 'off',
    maxBytes: number('PAGE_CACHE_MB', 128) * 1024 * 1024,
    maxAgeMs: number('PAGE_CACHE_MAX_AGE_S', 600) * 1000,
    collapseWaitMs: number('PAGE_CACHE_COLLAPSE_MS', 5000),
    sMaxAgeSeconds: number('CACHE_S_MAXAGE', 60),
    staleWhileRevalidateSeconds: number('CACHE_STALE_WHILE_REVALIDATE', 600),
  },
  /** The edge cache's second tier, shared by processes and kept across restarts (src/server/shared-stores). */
  sharedCache: {
    enabled: env('SHARED_CACHE') !== 'off' && env('PAGE_CACHE') !== 'off',
    maxAgeMs: number('SHARED_CACHE_MAX_AGE_S', 3600) * 1000,
    /** The PostgreSQL and SQLite-file homes' budget for bodies; Redis keeps to its own `maxmemory`. */
    maxBytes: number('SHARED_CACHE_MB', 512) * 1024 * 1024,
  },
  shutdownGraceMs: number('SHUTDOWN_GRACE_MS', 1_000),
  shutdownTimeoutMs: number('SHUTDOWN_TIMEOUT_MS', 15_000),
  /** Sent with every 503 (an outage or a restart). */
  retryAfterSeconds: number('RETRY_AFTER_SECONDS', 5),
  /** How often each process stores the article views it counted ("Most read"). */
  viewsFlushMs: Math.max(100, number('VIEWS_FLUSH_MS', 30_000)),
  /** The edge's per-address limits as written (`30/600`, `off`): src/lib/requests/rate-limit-spec.ts parses them. */
  rateLimitAuth: env('RATE_LIMIT_AUTH'),
  rateLimitWrites: env('RATE_LIMIT_WRITES'),
  rateLimitReads: env('RATE_LIMIT_READS'),
  rateLimitFrontend: env('RATE_LIMIT_FRONTEND'),
}
