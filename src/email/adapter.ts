import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { EmailAdapter, Payload, SendEmailOptions } from 'payload'

import { settings } from '@/lib/config/settings'
import { mailPlainText } from '@/lib/email/plain-text'
import { keepInOutbox } from './outbox'

/**
 * E-mail leaves through SMTP when `SMTP_URL` is set (for example `smtp://user:pass@mail:587`).
 * In demo mode every message is also kept in the admin's "Outgoing mail", and with no SMTP server
 * the whole message, links and all, is printed in the server log: a demo sign-up works end to end.
 * Outside demo mode with no SMTP server, Payload logs only who a message was for.
 */
export function emailAdapter(): EmailAdapter | Promise<EmailAdapter> | undefined {
  const url = settings.smtpUrl
  const smtp = url
    ? nodemailerAdapter({
        defaultFromAddress: settings.emailFrom,
        defaultFromName: settings.emailFromName,
        skipVerify: true,
        transport: nodemailer.createTransport(url),
      })
    : undefined
  if (!settings.demo) return smtp
  return withDemoOutbox(smtp)
}

async function withDemoOutbox(smtp: Promise<EmailAdapter> | undefined): Promise<EmailAdapter> {
  const send = await smtp
  return ({ payload }) => {
    const inner = send?.({ payload })
    return {
      name: inner ? `${inner.name}+demo-outbox` : 'demo-log',
      defaultFromAddress: settings.emailFrom,
      defaultFromName: settings.emailFromName,
      sendEmail: async (message: SendEmailOptions) => {
        const sent = inner ? await inner.sendEmail(message) : printed(payload, message)
        record(payload, message)
        return sent
      },
    }
  }
}

const addresses = (to: SendEmailOptions['to']): string =>
  (Array.isArray(to) ? to : [to]).map((one) => (typeof one === 'string' ? one : (one?.address ?? ''))).join(', ')

const plainText = (message: SendEmailOptions): string =>
  mailPlainText({
    text: typeof message.text === 'string' ? message.text : undefined,
    html: typeof message.html === 'string' ? message.html : undefined,
  })

function printed(payload: Payload, message: SendEmailOptions): { logged: true } {
  payload.logger.info(
    `Demo mail (no SMTP_URL, so it is printed here, not sent)\nTo: ${addresses(message.to)}\nSubject: ${message.subject ?? ''}\n\n${plainText(message)}\n`,
  )
  return { logged: true }
}

/**
 * After the current tick: the mail may be sent inside a transaction of the request (Payload's own
 * verification mail is), and on SQLite a second writer would wait for that transaction to finish.
 */
function record(payload: Payload, message: SendEmailOptions): void {
  const text = plainText(message)
  setImmediate(() => {
    keepInOutbox(payload, { to: addresses(message.to), subject: String(message.subject ?? ''), text }).catch((error: unknown) =>
      payload.logger.warn({ err: error, msg: 'could not keep a demo mail in the outbox' }),
    )
  })
}
