import { headers } from 'next/headers'

import { islandsEntryUrl } from './bundle'

/**
 * The islands bundle's script tag, with this render's CSP nonce (the policy has 'strict-dynamic', so
 * 'self' alone would not let it run). The edge, seeing it, removes Next's runtime from the page
 * (src/server/script-free-pages.ts). Not rendered in draft preview: live preview needs Next's router.
 */
export async function IslandsScript() {
  const src = islandsEntryUrl()
  if (!src) return null
  const policy = (await headers()).get('content-security-policy') ?? ''
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1]
  // Not async: a module script then runs once the document is parsed. An async one may run at any
  // pause of the parser (on a reload it comes from the cache at once), and hydrating a half-parsed
  // comments block leaves the rest to be parsed in beside it (seen once: a comment shown twice).
  return <script type="module" src={src} nonce={nonce} data-islands="" />
}
