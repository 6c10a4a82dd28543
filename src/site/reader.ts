import { headers } from 'next/headers'

import type { Reader } from '@/payload-types'
import { sitePayload } from './payload'
import { signedInReader } from '@/access/signed-in-reader'

/**
 * The reader signed in on this request, for the account pages (never cached: src/lib/cache/policy).
 * Staff logged in to the admin are not readers here.
 */
export async function currentReader(): Promise<Reader | null> {
  const payload = await sitePayload()
  const { user } = await payload.auth({ headers: await headers() })
  return signedInReader({ user })
}
