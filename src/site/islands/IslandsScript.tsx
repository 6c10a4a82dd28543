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
  return <script type="module" src={src} nonce={nonce} data-islands="" async />
}
