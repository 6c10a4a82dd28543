import fs from 'node:fs'
import path from 'node:path'
import { simpleParser, type ParsedMail } from 'mailparser'
import { inject } from 'vitest'

/** The messages the test SMTP server has received so far, oldest first. */
export async function receivedMail(dir = inject('mailDir')): Promise<ParsedMail[]> {
  const files = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((name) => name.endsWith('.eml'))
        .sort()
    : []
  return Promise.all(files.map((name) => simpleParser(fs.readFileSync(path.join(dir, name)))))
}

export const recipient = (mail: ParsedMail) => (mail.to && !Array.isArray(mail.to) ? mail.to.text : '')

/** Waits (up to `timeoutMs`, 10 s by default) for a message to `to` whose subject matches, and returns it. */
export async function waitForMail(
  to: string,
  subject: RegExp,
  options: { dir?: string; timeoutMs?: number; after?: number } = {},
): Promise<ParsedMail> {
  const timeoutMs = options.timeoutMs ?? 10_000
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const found = (await receivedMail(options.dir))
      .slice(options.after ?? 0)
      .find((mail) => recipient(mail).includes(to) && subject.test(mail.subject ?? ''))
    if (found) return found
    if (Date.now() > deadline) throw new Error(`no mail to ${to} matching ${subject} within ${timeoutMs / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
