import { parseLeaseMs } from '../leases/job-lease'

/**
 * Settings read from the environment, once, with their defaults. Everything tunable by an operator
 * is here so that the Payload config reads as a table of contents.
 */
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

const production = process.env.NODE_ENV === 'production'

function secret(): string {
  const value = process.env.PAYLOAD_SECRET
  if (value) return value
  // Next's build imports the config without secrets; a running server never gets here (start.ts
  // makes one for the embedded demo and refuses to start production without one).
  return 'build-time-placeholder-secret-not-used-at-runtime'
}

const replicaMaxLagMs = Number(process.env.REPLICA_MAX_LAG_MS ?? 1000)
const replicaProbeMs = Number(process.env.REPLICA_PROBE_MS ?? 250)

const siteUrl = (process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, '')

export const settings = {
  production,
  siteUrl,
  /**
   * Login cookies (staff and readers) are `Secure` on an https site and in production (behind a
   * TLS-terminating proxy SITE_URL may still say http); INSECURE_COOKIES=true is the explicit way out
   * for a production build tried over plain http on another host than localhost.
   */
  secureCookies: process.env.INSECURE_COOKIES !== 'true' && (production || siteUrl.startsWith('https://')),
  siteName: process.env.SITE_NAME ?? 'The Harbour Ledger',
  payloadSecret: secret(),
  corsOrigins: list(process.env.CORS_ORIGINS),
  jobsCron: process.env.JOBS_CRON ?? '*/15 * * * * *',
  jobsWorker: flag(process.env.JOBS_WORKER, true),
  /** A job still claimed this long after its claim was abandoned by a dead worker: src/lib/leases/job-lease.ts. */
  jobsLeaseMs: parseLeaseMs(process.env.JOBS_LEASE_MS),
  graphqlIntrospection: flag(process.env.GRAPHQL_INTROSPECTION, !production),
  graphqlMaxComplexity: Number(process.env.GRAPHQL_MAX_COMPLEXITY ?? 600),
  maxUploadBytes: Number(process.env.MAX_UPLOAD_BYTES ?? 10 * 1024 * 1024),
  /** Where `cache.purge` webhooks go (a CDN purge hook, another front end), and the secret that signs them. */
  cachePurgeWebhooks: list(process.env.CACHE_PURGE_WEBHOOKS),
  cachePurgeSecret: process.env.CACHE_PURGE_SECRET ?? '',
  /** PostgreSQL streaming replicas for reads (comma-separated URLs): src/db/read-replicas.ts. */
  readReplicas: list(process.env.DATABASE_READ_REPLICAS),
  /** A replica further behind the primary than this serves no reads. */
  replicaMaxLagMs: replicaMaxLagMs,
  replicaProbeMs: replicaProbeMs,
  /**
   * Reads go to the primary this long after a write (by the same client, or any purge in the
   * process): longer than a replica may lag plus one probe, so no read after it can miss the write.
   */
  readPrimaryAfterWriteMs: Math.max(Number(process.env.READ_PRIMARY_AFTER_WRITE_MS ?? 2000), replicaMaxLagMs + replicaProbeMs),
  /** Redis for the shared rate-limit store; without it PostgreSQL holds them (memory on SQLite). */
  redisUrl: process.env.REDIS_URL ?? '',
  /** Media in S3-compatible object storage when a bucket is named; local media/ otherwise. */
  s3: {
    bucket: process.env.S3_BUCKET ?? '',
    endpoint: process.env.S3_ENDPOINT || undefined,
    region: process.env.S3_REGION ?? 'us-east-1',
    accessKeyId: process.env.S3_ACCESS_KEY_ID ?? '',
    secretAccessKey: process.env.S3_SECRET_ACCESS_KEY ?? '',
    forcePathStyle: flag(process.env.S3_FORCE_PATH_STYLE, false),
  },
}
