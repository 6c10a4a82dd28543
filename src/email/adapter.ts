import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'
import { settings } from '@/lib/config/settings'

/**
 * E-mail leaves through SMTP when `SMTP_URL` is set (for example `smtp://user:pass@mail:587`).
 * Without it Payload logs each message instead of sending it, which suits the embedded demo.
 */
export function emailAdapter(): Promise<EmailAdapter> | undefined {
  const url = settings.smtpUrl
  if (!url) return undefined
  return nodemailerAdapter({
    defaultFromAddress: settings.emailFrom,
    defaultFromName: settings.emailFromName,
    skipVerify: true,
    transport: nodemailer.createTransport(url),
  })
}
