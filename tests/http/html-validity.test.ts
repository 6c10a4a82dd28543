import { execFile } from 'node:child_process'
import { createRequire } from 'node:module'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

import { newReader } from '../security/helpers/community'
import { baseUrl, request } from './helpers/client'

/**
 * Every HTML page type of the reader site passes the Nu HTML Checker (the W3C's validator, npm
 * `vnu-jar` on the machine's Java) with no errors, as the server sends it. One Java start checks
 * them all.
 */
const run = promisify(execFile)
// The jar itself, not the package's script (which would fetch a Java of its own): Debian's Java runs it.
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar')
const LEAD = 'container-ship-aground-halden-sound-channel-closed'

type Message = { type: string; url: string; lastLine?: number; message: string; extract?: string }

describe('the reader site as HTML', () => {
  it('has no Nu HTML Checker errors on any page type', async () => {
    const lead = (
      await request<{ docs: { section: { slug: string }; tags: { slug: string }[]; authors: { slug: string }[] }[] }>(
        `/api/articles?depth=1&limit=1&where[slug][equals]=${LEAD}`,
      )
    ).body.docs[0]
    const reader = await newReader('Validator Reader')
    const pages: Record<string, { path: string; cookie?: string }> = {
      home: { path: '/' },
      article: { path: `/articles/${LEAD}` },
      section: { path: `/sections/${lead.section.slug}` },
      tag: { path: `/tags/${lead.tags[0].slug}` },
      author: { path: `/authors/${lead.authors[0].slug}` },
      search: { path: '/search?q=harbour&sort=newest' },
      'search-empty': { path: '/search?q=zeppelinqwerty&section=politics' },
      'sign-in': { path: '/account/sign-in' },
      'sign-up': { path: '/account/sign-up' },
      forgot: { path: '/account/forgot' },
      account: { path: '/account', cookie: `payload-token=${reader.token}` },
      'not-found': { path: '/no-such-page' },
    }
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vnu-'))
    const files: string[] = []
    for (const [name, { path: pagePath, cookie }] of Object.entries(pages)) {
      const response = await fetch(`${baseUrl()}${pagePath}`, { headers: cookie ? { cookie } : {} })
      expect(response.headers.get('content-type'), name).toMatch(/^text\/html/)
      const file = path.join(folder, `${name}.html`)
      fs.writeFileSync(file, await response.text())
      files.push(file)
    }
    // vnu exits 1 when it finds errors; the JSON report is on stderr either way.
    const report = await run('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { maxBuffer: 16 * 1024 * 1024 }).then(
      (result) => result.stderr,
      (error: { stderr?: string }) => error.stderr ?? '',
    )
    const messages = (JSON.parse(report) as { messages: Message[] }).messages
    const errors = messages.map(
      (message) => `${path.basename(message.url)}:${message.lastLine ?? '?'} ${message.message} ${message.extract ?? ''}`,
    )
    expect(errors).toEqual([])
    fs.rmSync(folder, { recursive: true, force: true })
  })
})
