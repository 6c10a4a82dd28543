import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

/**
 * E-mail leaves through SMTP when `SMTP_URL` is set (for example `smtp://user:pass@mail:587`).
 * Without it Payload logs each message instead of sending it, which suits the embedded demo.
 */
export function emailAdapter(): Promise<EmailAdapter> | undefined {
  const url = process.env.SMTP_URL
  if (!url) return undefined
  return nodemailerAdapter({
    defaultFromAddress: process.env.EMAIL_FROM ?? 'newsroom@localhost',
    defaultFromName: process.env.EMAIL_FROM_NAME ?? 'Newsroom',
    skipVerify: true,
    transport: nodemailer.createTransport(url),
  })
}
