import type { PayloadRequest } from 'payload'

import type { Reader } from '@/payload-types'

/** A reader as Payload hands over a signed-in user: the document, with the auth collection it came from. */
export type SignedInReader = Reader & { collection: 'readers' }

/**
 * The reader making the request (a reader's session cookie or token), or null for staff and for
 * anonymous guests. Readers and staff sign in to two auth collections: this is the one test for
 * "a reader", so that no caller takes a member of staff for one.
 */
export function signedInReader(req: Pick<PayloadRequest, 'user'>): SignedInReader | null {
  return req.user?.collection === 'readers' ? (req.user as SignedInReader) : null
}
