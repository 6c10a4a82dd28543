import type { Endpoint, PayloadRequest } from 'payload'

import { z } from 'zod'

import { documentedEndpoint } from '@/endpoints/documented-endpoint'
import { settings } from '@/lib/config/settings'
import { messagePage, passwordFormPage } from '@/lib/text/message-page'

const ACTION = '/api/readers/reset-password-form'
const TOKEN = /^[A-Za-z0-9]{16,256}$/
// The token is in the address: never cached (and the page itself says noindex and no-referrer).
const HEADERS = { 'Cache-Control': 'private, no-store', 'Content-Type': 'text/html; charset=utf-8' }

const html = (body: string, status: number) => new Response(body, { status, headers: HEADERS })
const message = (title: string, text: string, ok: boolean, status: number) =>
  html(messagePage({ siteName: settings.siteName, siteUrl: settings.siteUrl, title, message: text, ok }), status)
const form = (token: string, problem?: string) =>
  html(
    passwordFormPage({ siteName: settings.siteName, siteUrl: settings.siteUrl, action: ACTION, token, message: problem }),
    problem ? 400 : 200,
  )
const badLink = () =>
  message('This link does not work', 'The reset link is incomplete, already used or expired: ask for a new one.', false, 400)

/**
 * `GET /api/readers/reset-password-form?token=…`: the page the reset mail links to, a form that
 * works without JavaScript. `POST` (form-encoded `token` and `password`) sets the new password
 * through Payload's reset, which also ends every session the old password opened.
 */
export const resetPasswordFormEndpoints: Endpoint[] = [
  documentedEndpoint({
    path: '/reset-password-form',
    method: 'get',
    contract: {
      summary: 'The password-reset page (the link in the reset e-mail)',
      description: 'A form that works without JavaScript; it posts `token` and `password`, form-encoded, to the same address.',
      tags: ['Readers'],
      caller: 'anyone',
      query: z.object({ token: z.string().describe('The token from the reset e-mail.') }),
      responses: {
        200: { description: 'The form.', contentType: 'text/html' },
        400: { description: 'A page saying the link is incomplete, used or expired.', contentType: 'text/html' },
      },
    },
    handler: async (req) => {
      const token = typeof req.query?.token === 'string' ? req.query.token : ''
      return TOKEN.test(token) ? form(token) : badLink()
    },
  }),
  {
    path: '/reset-password-form',
    method: 'post',
    handler: async (req: PayloadRequest) => {
      const fields = new URLSearchParams((await req.text?.()) ?? '')
      const token = fields.get('token') ?? ''
      const password = fields.get('password') ?? ''
      if (!TOKEN.test(token)) return badLink()
      if (password.length < 8 || password.length > 200) return form(token, 'The new password must be 8 to 200 characters long.')
      try {
        await req.payload.resetPassword({ collection: 'readers', data: { token, password }, overrideAccess: true, req })
      } catch {
        return badLink()
      }
      return message(
        'Password changed',
        'Your new password is saved: log in with it. Every device signed in with the old one has been signed out.',
        true,
        200,
      )
    },
  },
]
