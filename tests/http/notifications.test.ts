import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { ParsedMail } from 'mailparser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signToken } from '@/comments/domain'
import { DEMO_PASSWORD } from '@/seed/demo-logins'
import { receivedMail, recipient, waitForMail } from './helpers/mail'
import { freePort, ownDatabase, preparedEnvironment, startServer, type ServerEnvironment, type StartedServer } from './helpers/server'

/**
 * "Notify of" end to end: a server of its own (so its job queue and its mail are its own), a real
 * SMTP server process that the test stops and starts again, the job worker ticking every second.
 */
let environment: ServerEnvironment
let server: StartedServer
let drop: () => Promise<void>
let smtp: ChildProcess | null = null
let smtpPort: number
let mailDir: string
let lead: { id: string; title: string }
let admin: string
let rita: string
let sam: string
const secret = 'notify-test-secret'

async function startSmtp(): Promise<void> {
  const child = spawn(process.execPath, ['scripts/run.mjs', 'tests/http/helpers/smtp-sink.ts', String(smtpPort), mailDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('listening') && resolve())
    child.once('exit', (code) => reject(new Error(`the SMTP server exited (${code})`)))
  })
  smtp = child
}

async function stopSmtp(): Promise<void> {
  const child = smtp
  smtp = null
  if (!child || child.exitCode !== null) return
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGKILL')
  })
}

async function call<T = Record<string, unknown>>(route: string, init: RequestInit & { token?: string; json?: unknown } = {}) {
  const headers = new Headers(init.headers)
  if (init.token) headers.set('Authorization', `JWT ${init.token}`)
  if (init.json !== undefined) headers.set('Content-Type', 'application/json')
  const response = await fetch(route.startsWith('http') ? route : `${server.url}${route}`, {
    ...init,
    headers,
    body: init.json === undefined ? init.body : JSON.stringify(init.json),
  })
  const text = await response.text()
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T & { errors?: { message: string }[] } }
}

const login = async (collection: 'users' | 'readers', email: string) =>
  (await call<{ token: string }>(`/api/${collection}/login`, { method: 'POST', json: { email, password: DEMO_PASSWORD } })).body.token

const postComment = (json: Record<string, unknown>, token?: string) =>
  call<{ comment: { id: string }; subscription?: { subscription?: { status: string } } }>('/api/comments', {
    method: 'POST',
    token,
    json: { article: lead.id, formShownAt: new Date(Date.now() - 60_000).toISOString(), ...json },
  })

const mailTo = async (to: string) => (await receivedMail(mailDir)).filter((mail) => recipient(mail).includes(to))
const linkIn = (mail: ParsedMail, pattern: RegExp) => String(mail.html).match(pattern)?.[1]?.replace(/&amp;/g, '&')
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeAll(async () => {
  const database = await ownDatabase('notify')
  drop = database.drop
  environment = await preparedEnvironment('notify', { ...database.env, PAYLOAD_SECRET: secret })
  mailDir = path.join(environment.dir, 'mail')
  smtpPort = await freePort()
  await startSmtp()
  server = await startServer(environment, {
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    JOBS_CRON: '* * * * * *',
    EMAIL_FROM: 'notify@ledger.test',
  })
  admin = await login('users', 'admin@newsroom.test')
  rita = await login('readers', 'reader@newsroom.test')
  sam = await login('readers', 'sam@readers.test')
  lead = (await call<{ docs: { id: string; title: string }[] }>('/api/articles?where[commentCount][greater_than]=0&limit=1&depth=0')).body
    .docs[0]
  const saved = await call('/api/globals/comment-settings', {
    method: 'POST',
    token: admin,
    json: {
      mode: 'post',
      guestsAllowed: true,
      notifyIntervalMinutes: 0.1,
      readerRateLimit: { max: 0, windowSeconds: 60 },
      ipRateLimit: { max: 0, windowSeconds: 60 },
    },
  })
  expect(saved.status).toBe(200)
}, 180_000)

afterAll(async () => {
  await server?.stop()
  await stopSmtp()
  await drop?.()
  fs.rmSync(environment.dir, { recursive: true, force: true })
})

describe('"Notify of" subscriptions', () => {
  it('confirms a guest by a signed link before sending anything, and is idempotent', async () => {
    const subscribe = () =>
      call<{ subscription: { id: string; status: string } }>('/api/comment-subscriptions', {
        method: 'POST',
        json: { article: lead.id, scope: 'article', email: 'Gina@Example.org' },
      })
    const first = await subscribe()
    expect(first.status).toBe(201)
    expect(first.body.subscription.status).toBe('pending')
    const again = await subscribe()
    expect(again.status).toBe(200)
    expect(again.body.subscription.id).toBe(first.body.subscription.id)

    const confirmation = await waitForMail('gina@example.org', /^Confirm: e-mail me about new comments/, { dir: mailDir })
    // A comment before the click is never mailed.
    await postComment({ body: 'Before Gina confirmed' }, sam)
    const link = linkIn(confirmation, /href="([^"]+\/confirm\?token=[^"]+)"/)
    expect(link).toBeTruthy()
    const confirmed = await call(link!)
    expect(confirmed.status).toBe(200)
    expect((await call(link!)).status).toBe(200) // following it twice is harmless
    await settle(2500)
    expect((await mailTo('gina@example.org')).map((mail) => mail.subject)).toEqual([confirmation.subject])
  }, 60_000)

  it('mails an approved comment with a working one-click unsubscribe, not to its own author, and batches a burst into one digest', async () => {
    const before = (await receivedMail(mailDir)).length
    await postComment({ body: 'Sam says the ferries are full.' }, sam)
    const single = await waitForMail('gina@example.org', /^A new comment on/, { dir: mailDir, after: before })
    expect(single.text).toContain('Sam Okafor: Sam says the ferries are full.')
    // Header lines as sent, unfolded (a long one is folded onto the next line).
    const header = (name: string) => (single.headerLines.find((line) => line.key === name)?.line ?? '').replace(/\r?\n\s+/g, ' ')
    expect(header('list-unsubscribe')).toMatch(
      /^List-Unsubscribe: <http:\/\/127\.0\.0\.1:\d+\/api\/comment-subscriptions\/unsubscribe\?token=/,
    )
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click')

    // Gina's own guest comment does not come back to her.
    await postComment({ body: 'Gina here', guestName: 'Gina', guestEmail: 'gina@example.org' })
    // Within the interval: three comments, one digest.
    const burstStart = (await receivedMail(mailDir)).length
    for (const n of [1, 2, 3]) await postComment({ body: `Burst ${n}` }, sam)
    const digest = await waitForMail('gina@example.org', /^3 new comments on/, { dir: mailDir, after: burstStart, timeoutMs: 20_000 })
    expect(digest.text).toMatch(/Burst 1[\s\S]*Burst 2[\s\S]*Burst 3/)
    expect(digest.text).not.toContain('Gina here')
    await settle(2000)
    // Exactly two notifications so far: the single one and the digest.
    expect(
      (await mailTo('gina@example.org')).filter((mail) => /^(A new comment|\d+ new comments) on/.test(mail.subject ?? '')),
    ).toHaveLength(2)

    const unsubscribe = linkIn(digest, /href="([^"]+\/unsubscribe\?token=[^"]+)"/)
    expect((await call(unsubscribe!)).status).toBe(200)
    expect((await call(unsubscribe!, { method: 'POST' })).status).toBe(200)
    const count = (await mailTo('gina@example.org')).length
    await postComment({ body: 'After Gina left' }, sam)
    await settle(8000)
    expect((await mailTo('gina@example.org')).length).toBe(count)
  }, 90_000)

  it('tells a reader about replies to their comment, subscribed from the comment form', async () => {
    const posted = await postComment({ body: 'Rita asks: who pays for the night shifts?', notify: 'replies' }, rita)
    expect(posted.status).toBe(201)
    expect(posted.body.subscription?.subscription?.status).toBe('active')
    const before = (await receivedMail(mailDir)).length
    await postComment({ body: 'Sam answers: the council does.', parent: posted.body.comment.id }, sam)
    const reply = await waitForMail('reader@newsroom.test', /^A new reply to you on/, { dir: mailDir, after: before, timeoutMs: 15_000 })
    expect(reply.text).toContain('Sam Okafor replied: Sam answers: the council does.')
    const mine = await call<{ docs: { scope: string; email: string }[] }>('/api/comment-subscriptions', { token: rita })
    expect(mine.body.docs.map((doc) => doc.scope)).toEqual(['replies'])
    expect((await call<{ docs: unknown[] }>('/api/comment-subscriptions', { token: sam })).body.docs).toEqual([])
    expect((await call('/api/comment-subscriptions')).status).toBe(403)
    const graph = await call<{ data: { subscribeToComments: { subscription: { status: string; scope: string } } } }>('/api/graphql', {
      method: 'POST',
      token: sam,
      json: {
        query: `mutation { subscribeToComments(article: "${lead.id}", scope: "replies") { message subscription { status scope } } }`,
      },
    })
    expect(graph.body.data.subscribeToComments.subscription).toEqual({ status: 'active', scope: 'replies' })
  }, 60_000)

  it('loses nothing and doubles nothing while the SMTP server is down', async () => {
    const subscribed = await call('/api/comment-subscriptions', {
      method: 'POST',
      token: rita,
      json: { article: lead.id, scope: 'article' },
    })
    expect(subscribed.status).toBe(201)
    await stopSmtp()
    const posted = Date.now()
    await postComment({ body: 'Written while the mail server was down' }, sam)
    await settle(5000) // the worker tries, fails and backs off
    const before = (await receivedMail(mailDir)).length
    await startSmtp()
    const arrived = await waitForMail('reader@newsroom.test', /^A new comment on/, { dir: mailDir, after: before, timeoutMs: 45_000 })
    const delay = Date.now() - posted
    expect(arrived.text).toContain('Written while the mail server was down')
    await settle(4000)
    const copies = (await mailTo('reader@newsroom.test')).filter((mail) =>
      (mail.text ?? '').includes('Written while the mail server was down'),
    )
    expect(copies).toHaveLength(1)
    console.log(`notify: SMTP down 5 s, mail delivered ${Math.round(delay / 1000)} s after the comment, ${copies.length} copy`)
  }, 90_000)

  it('refuses forged, expired and malformed links and bad subscriptions with a clear 4xx', async () => {
    const subscribe = (json: Record<string, unknown>) => call('/api/comment-subscriptions', { method: 'POST', json })
    expect((await call('/api/comment-subscriptions/confirm?token=nonsense')).status).toBe(400)
    expect((await call('/api/comment-subscriptions/confirm')).status).toBe(400)
    const expired = signToken(secret, 'subscription-confirm', { s: 'whatever' }, Date.now() - 1000)
    const expiredAnswer = await call(`/api/comment-subscriptions/confirm?token=${expired}`)
    expect(expiredAnswer.status).toBe(400)
    expect(expiredAnswer.body.errors?.[0].message).toMatch(/expired/)
    const forged = signToken('not-the-secret', 'subscription-unsubscribe', { s: 'whatever' })
    expect((await call(`/api/comment-subscriptions/unsubscribe?token=${forged}`)).status).toBe(400)
    const wrongPurpose = signToken(secret, 'subscription-confirm', { s: 'whatever' })
    expect((await call(`/api/comment-subscriptions/unsubscribe?token=${wrongPurpose}`)).status).toBe(400)
    expect((await subscribe({ article: lead.id, scope: 'everything', email: 'x@example.org' })).status).toBe(400)
    expect((await subscribe({ article: lead.id, scope: 'article', email: 'not-an-address' })).status).toBe(400)
    expect((await subscribe({ article: lead.id, scope: 'article' })).status).toBe(400)
    expect((await subscribe({ article: '00000000-0000-4000-8000-000000000000', scope: 'article', email: 'x@example.org' })).status).toBe(
      404,
    )
    await call('/api/globals/comment-settings', { method: 'POST', token: admin, json: { maxSubscriptionsPerAddress: 1 } })
    const other = (await call<{ docs: { id: string }[] }>('/api/articles?limit=2&depth=0&sort=-firstPublishedAt')).body.docs.find(
      (doc) => doc.id !== lead.id,
    )!
    expect((await subscribe({ article: other.id, scope: 'article', email: 'busy@example.org' })).status).toBe(201)
    const tooMany = await subscribe({ article: lead.id, scope: 'article', email: 'busy@example.org' })
    expect(tooMany.status).toBe(429)
    expect(tooMany.body.errors?.[0].message).toMatch(/most allowed/)
  })
})
