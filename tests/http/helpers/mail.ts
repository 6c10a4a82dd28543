import fs from 'node:fs'
import path from 'node:path'
import { simpleParser, type ParsedMail } from 'mailparser'
import { inject } from 'vitest'

/** The messages the test SMTP server has received so far, oldest first. */
export async function receivedMail(): Promise<ParsedMail[]> {
  const dir = inject('mailDir')
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith('.eml')).sort() : []
  return Promise.all(files.map((name) => simpleParser(fs.readFileSync(path.join(dir, name)))))
}

/** Waits (up to 10 s) for a message to `to` whose subject matches, and returns it. */
export async function waitForMail(to: string, subject: RegExp): Promise<ParsedMail> {
  const deadline = Date.now() + 10_000
  for (;;) {
    const found = (await receivedMail()).find((mail) => (mail.to && !Array.isArray(mail.to) ? mail.to.text : '').includes(to) && subject.test(mail.subject ?? ''))
    if (found) return found
    if (Date.now() > deadline) throw new Error(`no mail to ${to} matching ${subject} within 10 s`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
