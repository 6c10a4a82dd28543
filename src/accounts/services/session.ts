import { getFieldsToSign, jwtSign, logoutOperation, type PayloadRequest, type TypedUser } from 'payload'
import { addSessionToUser, generateExpiredPayloadCookie, generatePayloadCookie } from 'payload/shared'

import type { Reader } from '@/payload-types'
import { signedInReader } from '@/access/signed-in-reader'

const readersCollection = (req: PayloadRequest) => req.payload.collections.readers

/** The login cookie for a token Payload's own login issued (the password form). */
export function loginCookie(req: PayloadRequest, token: string): string {
  return generatePayloadCookie({
    collectionAuthConfig: readersCollection(req).config.auth,
    cookiePrefix: req.payload.config.cookiePrefix,
    token,
  })
}

/**
 * Signs a reader in without a password, after they proved they hold the mailbox (the confirmation
 * link, the e-mail sign-in link). It is what Payload's login does once the password has matched:
 * a session on the reader (so signing out elsewhere ends it), the same JWT fields, the same cookie.
 */
export async function startSession(req: PayloadRequest, readerId: Reader['id']): Promise<string> {
  const collectionConfig = readersCollection(req).config
  // Read afresh: Payload saves the whole reader back with the new session, so a copy from before
  // the confirmation (or the spent sign-in link) would undo it.
  const reader = await req.payload.db.findOne<Reader>({ collection: 'readers', where: { id: { equals: readerId } }, req })
  if (!reader) throw new Error(`reader ${readerId} vanished while signing in`)
  const user = { ...reader, collection: 'readers' } as TypedUser
  const { sid } = await addSessionToUser({ collectionConfig, payload: req.payload, req, user })
  const fieldsToSign = getFieldsToSign({ collectionConfig, email: reader.email, sid, user })
  const { token } = await jwtSign({
    fieldsToSign,
    secret: req.payload.secret,
    tokenExpiration: collectionConfig.auth.tokenExpiration,
  })
  return loginCookie(req, token)
}

/** Ends this browser's session (other devices stay signed in) and returns the cookie that clears it. */
export async function endSession(req: PayloadRequest): Promise<string> {
  if (signedInReader(req)) await logoutOperation({ collection: readersCollection(req), req, allSessions: false })
  return expiredLoginCookie(req)
}

/** The cookie that clears the login from this browser. */
export function expiredLoginCookie(req: PayloadRequest): string {
  return generateExpiredPayloadCookie({
    collectionAuthConfig: readersCollection(req).config.auth,
    cookiePrefix: req.payload.config.cookiePrefix,
  })
}
