import { AuthenticationError, LockedAuth, UnverifiedEmail, type Endpoint, type PayloadRequest } from 'payload'

import type { Reader } from '@/payload-types'
import { isNotifyChoice } from '../domain/notify-choices'
import { isDisplayName, isEmailAddress, isPassword, signUpProblem } from '../domain/sign-up'
import { safeReturnPath } from '../domain/return-path'
import { PAGES, WELCOME_COOKIE } from '../domain/routes'
import { confirmAddress, sendConfirmation, signUp } from '../services/sign-up'
import { endSession, expiredLoginCookie, loginCookie, startSession } from '../services/session'
import { redeemSignInLink, sendSignInLink } from '../services/sign-in-link'
import { cancelSubscriptions } from '../services/subscriptions'
import { field, formEndpoint, seeOther, toPage } from './form-request'
import { signedInReader } from '@/access/signed-in-reader'

const welcome = (kind: 'confirmed' | 'signed-in') => `${WELCOME_COOKIE}=${kind}; Path=/; Max-Age=60; SameSite=Lax`

/** A signed-in-only form: anyone else goes to the sign-in page, and comes back to the account afterwards. */
function readerForm(
  path: string,
  page: string,
  handle: (req: PayloadRequest, reader: Reader, fields: URLSearchParams) => Promise<Response>,
) {
  return formEndpoint(path, page, async (req, fields) => {
    const reader = signedInReader(req)
    if (!reader) return toPage(PAGES.signIn, 'sign-in-first', page)
    return handle(req, reader, fields)
  })
}

const signInForm = formEndpoint('/account/sign-in', PAGES.signIn, async (req, fields, next) => {
  const email = field(fields, 'email').toLowerCase()
  const password = fields.get('password') ?? ''
  if (!isEmailAddress(email) || !password) return toPage(PAGES.signIn, 'bad-login', next)
  try {
    const result = await req.payload.login({ collection: 'readers', data: { email, password }, req })
    if (!result.token) return toPage(PAGES.signIn, 'bad-login', next)
    return seeOther(next, [loginCookie(req, result.token), welcome('signed-in')])
  } catch (error) {
    if (error instanceof UnverifiedEmail) {
      const reader = await req.payload.db.findOne<Reader>({ collection: 'readers', where: { email: { equals: email } }, req })
      if (reader) await sendConfirmation(req, reader.id, next)
      return toPage(PAGES.signIn, 'unverified', next)
    }
    if (error instanceof LockedAuth) return toPage(PAGES.signIn, 'locked', next)
    if (error instanceof AuthenticationError) return toPage(PAGES.signIn, 'bad-login', next)
    throw error
  }
})

const signUpForm = formEndpoint('/account/sign-up', PAGES.signUp, async (req, fields, next) => {
  const input = { displayName: field(fields, 'displayName'), email: field(fields, 'email'), password: fields.get('password') ?? '' }
  const problem = signUpProblem(input)
  if (problem) return toPage(PAGES.signUp, problem, next)
  if (!(await signUp(req, input, next))) return toPage(PAGES.signIn, 'taken', next)
  return toPage(PAGES.signIn, 'check-mail', next)
})

const emailLinkForm = formEndpoint('/account/email-link', PAGES.signIn, async (req, fields, next) => {
  const email = field(fields, 'email')
  if (!isEmailAddress(email)) return toPage(PAGES.signIn, 'bad-email', next)
  await sendSignInLink(req, email, next)
  return toPage(PAGES.signIn, 'link-sent', next)
})

const forgotForm = formEndpoint('/account/forgot', PAGES.forgot, async (req, fields, next) => {
  const email = field(fields, 'email').toLowerCase()
  if (!isEmailAddress(email)) return toPage(PAGES.forgot, 'bad-email', next)
  // Payload's forgot-password answers alike for unknown addresses; its mail links to our reset page.
  await req.payload.forgotPassword({ collection: 'readers', data: { email }, req })
  return toPage(PAGES.forgot, 'reset-sent', next)
})

const RESET_TOKEN = /^[A-Za-z0-9]{16,256}$/

/** The new password from the reset mail's page; Payload's reset also ends every session the old password opened. */
const resetForm = formEndpoint('/account/reset', PAGES.reset, async (req, fields) => {
  const token = fields.get('token') ?? ''
  const password = fields.get('password') ?? ''
  if (!RESET_TOKEN.test(token)) return toPage(PAGES.forgot, 'bad-link')
  if (!isPassword(password)) return seeOther(`${PAGES.reset}?${new URLSearchParams({ token, notice: 'bad-password' })}`)
  try {
    await req.payload.resetPassword({ collection: 'readers', data: { token, password }, overrideAccess: true, req })
  } catch {
    return toPage(PAGES.forgot, 'bad-link')
  }
  return toPage(PAGES.signIn, 'password-changed')
})

const signOutForm = formEndpoint('/account/sign-out', PAGES.account, async (req) => {
  const cookie = await endSession(req)
  return seeOther(`${PAGES.signIn}?notice=signed-out`, [cookie])
})

const profileForm = readerForm('/account/profile', PAGES.account, async (req, reader, fields) => {
  const displayName = field(fields, 'displayName')
  if (!isDisplayName(displayName)) return toPage(PAGES.account, 'bad-name')
  await req.payload.update({ collection: 'readers', id: reader.id, data: { displayName }, overrideAccess: false, req })
  return toPage(PAGES.account, 'profile-saved')
})

const preferencesForm = readerForm('/account/preferences', PAGES.account, async (req, reader, fields) => {
  const notifyDefault = field(fields, 'notifyDefault')
  if (!isNotifyChoice(notifyDefault)) return toPage(PAGES.account, 'bad-preference')
  await req.payload.update({ collection: 'readers', id: reader.id, data: { notifyDefault }, overrideAccess: false, req })
  return toPage(PAGES.account, 'preferences-saved')
})

const cancelForm = readerForm('/account/subscriptions/cancel', PAGES.account, async (req, reader, fields) => {
  const id = field(fields, 'subscription')
  await cancelSubscriptions(req, reader, id)
  return toPage(PAGES.account, id === 'all' ? 'all-cancelled' : 'subscription-cancelled')
})

const deleteForm = readerForm('/account/delete', PAGES.delete, async (req, reader, fields) => {
  if (fields.get('confirm') !== 'yes') return toPage(PAGES.delete, 'confirm-delete')
  // Deleting the reader ends every session with it; the hook forgets their comments' authorship.
  await req.payload.delete({ collection: 'readers', id: reader.id, overrideAccess: false, req })
  return seeOther(`${PAGES.signIn}?notice=account-deleted`, [expiredLoginCookie(req)])
})

/** A link from a mail that signs the reader in: on success back to `next` signed in; otherwise to sign-in with why. */
function mailLinkEndpoint(
  path: string,
  redeem: (req: PayloadRequest, token: unknown) => Promise<Reader | null>,
  kind: 'confirmed' | 'signed-in',
): Endpoint {
  return {
    path,
    method: 'get',
    handler: async (req) => {
      const next = safeReturnPath(req.query?.next)
      const reader = await redeem(req, req.query?.token)
      if (!reader) return toPage(PAGES.signIn, 'bad-link', next)
      return seeOther(next, [await startSession(req, reader.id), welcome(kind)])
    },
  }
}

/**
 * The site's account pages post here (src/app/(site)/account): plain HTML forms that work without
 * JavaScript, each answered by a redirect to the next page. The JSON API (`/api/readers/login`, …)
 * stays for other front ends.
 */
export const accountEndpoints: Endpoint[] = [
  signInForm,
  signUpForm,
  emailLinkForm,
  forgotForm,
  resetForm,
  signOutForm,
  profileForm,
  preferencesForm,
  cancelForm,
  deleteForm,
  mailLinkEndpoint('/account/confirm', confirmAddress, 'confirmed'),
  mailLinkEndpoint('/account/link', redeemSignInLink, 'signed-in'),
]
