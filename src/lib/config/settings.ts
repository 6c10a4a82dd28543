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
  graphqlIntrospection: flag(process.env.GRAPHQL_INTROSPECTION, !production),
  graphqlMaxComplexity: Number(process.env.GRAPHQL_MAX_COMPLEXITY ?? 600),
  maxUploadBytes: Number(process.env.MAX_UPLOAD_BYTES ?? 10 * 1024 * 1024),
  /** Where `cache.purge` webhooks go (a CDN purge hook, another front end), and the secret that signs them. */
  cachePurgeWebhooks: list(process.env.CACHE_PURGE_WEBHOOKS),
  cachePurgeSecret: process.env.CACHE_PURGE_SECRET ?? '',
}
