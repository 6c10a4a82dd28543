import type { PayloadRequest } from 'payload'

import { settings } from '@/lib/config/settings'
import { verifyGuestToken } from '../domain'
import type { Viewer } from './public'
import { signedInReader } from '@/access/signed-in-reader'

export const GUEST_TOKEN_HEADER = 'x-guest-token'

/** Who is looking: a logged-in reader, a guest holding a token this service signed, or nobody. */
export function viewerOf(req: PayloadRequest, bodyToken?: unknown): Viewer {
  const reader = signedInReader(req)
  if (reader) return { readerId: String(reader.id), voter: `reader:${reader.id}` }
  const token = req.headers.get(GUEST_TOKEN_HEADER) ?? (typeof bodyToken === 'string' ? bodyToken : null)
  const guestId = token ? verifyGuestToken(settings.payloadSecret, token) : null
  return { readerId: null, voter: guestId ? `guest:${guestId}` : null }
}
