import { createHash, randomBytes } from 'node:crypto'
import type { PayloadRequest } from 'payload'

import type { Reader } from '@/payload-types'
import { settings } from '@/lib/config/settings'
import { signInLinkEmail } from '@/lib/email/sign-in-link'

export const SIGN_IN_LINK_MINUTES = 15
const TOKEN = /^[A-Za-z0-9_-]{43}$/

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex')

/**
 * "E-mail me a sign-in link". The reader keeps only a hash of the one-time token, so a database
 * read never yields a working link. The answer is the same whether or not the address has an
 * account: the form must not tell strangers who reads the site.
 */
export async function sendSignInLink(req: PayloadRequest, email: string, next: string): Promise<void> {
  const reader = await req.payload.db.findOne<Reader>({ collection: 'readers', where: { email: { equals: email.toLowerCase() } }, req })
  if (!reader) return
  const token = randomBytes(32).toString('base64url')
  await req.payload.db.updateOne({
    collection: 'readers',
    id: reader.id,
    data: { signInLinkHash: hashOf(token), signInLinkExpiresAt: new Date(Date.now() + SIGN_IN_LINK_MINUTES * 60_000).toISOString() },
    req,
    returning: false,
  })
  const link = `${settings.siteUrl}/api/readers/account/link?${new URLSearchParams({ token, next }).toString()}`
  const mail = signInLinkEmail({ siteName: settings.siteName, link, minutes: SIGN_IN_LINK_MINUTES })
  await req.payload.sendEmail({ to: reader.email, subject: mail.subject, html: mail.html, text: mail.text })
}

/**
 * The reader a sign-in link belongs to, or null when it is malformed, used or expired. Using it
 * spends it, and confirms the address if that was still open: following the link proves the mailbox.
 */
export async function redeemSignInLink(req: PayloadRequest, token: unknown): Promise<Reader | null> {
  if (typeof token !== 'string' || !TOKEN.test(token)) return null
  const reader = await req.payload.db.findOne<Reader>({ collection: 'readers', where: { signInLinkHash: { equals: hashOf(token) } }, req })
  if (!reader) return null
  await req.payload.db.updateOne({
    collection: 'readers',
    id: reader.id,
    data: { signInLinkHash: null, signInLinkExpiresAt: null, ...(reader._verified ? {} : { _verified: true, _verificationToken: null }) },
    req,
    returning: false,
  })
  const expiresAt = reader.signInLinkExpiresAt ? Date.parse(reader.signInLinkExpiresAt) : 0
  return expiresAt > Date.now() ? reader : null
}
