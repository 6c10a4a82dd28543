/**
 * Where the admin may be opened. Payload's admin calls the API at SITE_URL, and its login cookie
 * belongs to the host it was set on: opened under another name (127.0.0.1 for localhost), login
 * seemed to work and then every save was refused (403), the SEO helper answered 401 over and over,
 * and uploads hung. So the admin is served at SITE_URL's host only: in demo mode the other loopback
 * names are sent there; anything else gets a page that says which address to use.
 */
export type AdminHostDecision = { action: 'serve' } | { action: 'redirect'; location: string } | { action: 'refuse'; message: string }

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i

export function adminHostDecision(
  siteUrl: string,
  requestHost: string | undefined,
  pathAndQuery: string,
  demo: boolean,
): AdminHostDecision {
  const site = new URL(siteUrl)
  if (!requestHost || requestHost.toLowerCase() === site.host.toLowerCase()) return { action: 'serve' }
  const asked = new URL(`http://${requestHost}`)
  if (demo && LOOPBACK.test(asked.hostname) && LOOPBACK.test(site.hostname) && asked.port === site.port) {
    return { action: 'redirect', location: `${site.origin}${pathAndQuery}` }
  }
  return {
    action: 'refuse',
    message:
      `This admin is set up for ${site.origin} (SITE_URL) but was opened at ${requestHost}. ` +
      `Open it at ${site.origin}/admin, or set SITE_URL to the address you use and restart.`,
  }
}
