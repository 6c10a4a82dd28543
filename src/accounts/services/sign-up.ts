import { ValidationError, type PayloadRequest } from 'payload'

import type { Reader } from '@/payload-types'
import { settings } from '@/lib/config/settings'
import { verifyReaderEmail } from '@/lib/email/verify-reader'
import type { SignUpInput } from '../domain/sign-up'

/**
 * Makes the reader's account and sends the confirmation mail ourselves (not Payload's automatic
 * one), so its link can carry the story the reader was on. Returns false when the address already
 * has an account. Access rules apply as to `POST /api/readers`: nothing but these fields is set.
 */
export async function signUp(req: PayloadRequest, input: SignUpInput, next: string): Promise<boolean> {
  let reader: Reader
  try {
    reader = await req.payload.create({
      collection: 'readers',
      data: { displayName: input.displayName.trim(), email: input.email.toLowerCase(), password: input.password },
      disableVerificationEmail: true,
      overrideAccess: false,
      req,
    })
  } catch (error) {
    if (error instanceof ValidationError && error.data.errors.some((problem) => problem.path === 'email')) return false
    throw error
  }
  await sendConfirmation(req, reader.id, next)
  return true
}

/** (Re)sends the confirmation mail of a reader whose address is not confirmed yet; nothing otherwise. */
export async function sendConfirmation(req: PayloadRequest, readerId: Reader['id'], next: string): Promise<void> {
  const stored = await req.payload.db.findOne<Reader>({
    collection: 'readers',
    where: { id: { equals: readerId } },
    req,
  })
  if (!stored || stored._verified || !stored._verificationToken) return
  const mail = verifyReaderEmail({
    siteName: settings.siteName,
    siteUrl: settings.siteUrl,
    displayName: stored.displayName,
    token: stored._verificationToken,
    next,
  })
  await req.payload.sendEmail({ to: stored.email, subject: mail.subject, html: mail.html, text: mail.text })
}

/**
 * The confirmation link: the reader whose address it confirms, or null when it is malformed or
 * already used. Payload's verifyEmail does the confirming; we look the reader up first to sign them in.
 */
export async function confirmAddress(req: PayloadRequest, token: unknown): Promise<Reader | null> {
  if (typeof token !== 'string' || !/^[A-Za-z0-9._-]{16,256}$/.test(token)) return null
  const reader = await req.payload.db.findOne<Reader>({ collection: 'readers', where: { _verificationToken: { equals: token } }, req })
  if (!reader) return null
  await req.payload.verifyEmail({ collection: 'readers', token })
  return reader
}
