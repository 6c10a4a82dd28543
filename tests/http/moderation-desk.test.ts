import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@/seed/demo-logins'
import { baseUrl, loginAs, request } from './helpers/client'
import { waitForMail } from './helpers/mail'
import { openEventStream } from './helpers/sse'
import { changeCommentSettings, NO_LIMIT, quietStory } from '../security/helpers/community'

/**
 * The moderation desk's API: its queues as cards in context (article title, commenter and record,
 * reasons in words, reports), the verbs with their log and mail, the commenter's history, and the
 * refusals a front-end developer can act on.
 */
const stamp = Date.now()
let moderator: string
let article: { id: string; title: string }
const reader = { email: `desk-${stamp}@example.com`, password: 'desk-password-1', displayName: `Desk Reader ${stamp}` }
let readerId: string
let readerToken: string

type Card = {
  id: string
  status: string
  article: { title: string; url: string } | null
  commenter: {
    name: string
    id: string | null
    approved: number
    rejected: number
    memberForDays: number | null
    trustLevel: string | null
  }
  reasons: string[]
  reports: { reason: string; reporter: string; text: string | null }[]
}
type DeskAnswer = { counts: Record<string, number>; cards: Card[]; totalDocs: number }
type Problem = { errors: { message: string; data?: { parameter?: string } }[] }

async function post(body: string, token = readerToken): Promise<string> {
  const posted = await request<{ comment: { id: string; status: string } }>('/api/comments', {
    method: 'POST',
    token,
    json: { article: article.id, body, formShownAt: Date.now() - 60_000 },
  })
  expect(posted.status, JSON.stringify(posted.body)).toBe(201)
  return posted.body.comment.id
}

const desk = (query: string, token = moderator) => request<DeskAnswer & Problem>(`/api/comments/desk?${query}`, { token })

let restoreLimits: () => Promise<void>

beforeAll(async () => {
  // Every file posts from this one address: the limits are tested in comments.test.ts, and here
  // would only count what the files before this one posted.
  restoreLimits = await changeCommentSettings({ readerRateLimit: NO_LIMIT, ipRateLimit: NO_LIMIT })
  moderator = await loginAs('moderator')
  // A story no other file reads threads or counts from (comments.test.ts takes the newest with comments).
  const quiet = await quietStory()
  article = (await request<{ id: string; title: string }>(`/api/articles/${quiet.id}?depth=0`)).body
  const signedUp = await signUp(reader)
  readerId = signedUp.id
  readerToken = signedUp.token
})

afterAll(() => restoreLimits())

/** A new reader, verified by an admin, signed in. */
async function signUp(who: { email: string; password: string; displayName: string }): Promise<{ id: string; token: string }> {
  const created = await request<{ doc: { id: string } }>('/api/readers', { method: 'POST', json: who })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const admin = await loginAs('admin')
  expect((await request(`/api/readers/${created.body.doc.id}`, { method: 'PATCH', json: { _verified: true }, token: admin })).status).toBe(
    200,
  )
  const login = await request<{ token: string }>('/api/readers/login', { method: 'POST', json: who })
  expect(login.status, JSON.stringify(login.body)).toBe(200)
  return { id: created.body.doc.id, token: login.body.token }
}

describe('queues as cards', () => {
  it('shows a new commenter’s comment in Pending with the article title, the commenter and why it waits', async () => {
    const id = await post(`A first comment from the desk test ${stamp}`)
    const answer = await desk(`queue=pending&reader=${readerId}`)
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    const card = answer.body.cards.find((candidate) => candidate.id === id)!
    expect(card.article?.title).toBe(article.title)
    expect(card.article?.url).toMatch(/^\/articles\//)
    expect(card.commenter).toMatchObject({
      name: reader.displayName,
      id: readerId,
      trustLevel: 'new',
      memberForDays: 0,
      approved: 0,
      rejected: 0,
    })
    expect(card.reasons.join(' ')).toMatch(/^A new commenter: read until trusted: /)
    expect(answer.body.counts.pending).toBeGreaterThanOrEqual(1)
    expect(answer.body.counts.all).toBeGreaterThanOrEqual(answer.body.counts.pending)
  })

  it('shows reports with the reporter’s name and text in Reported, and approving dismisses them', async () => {
    const id = await post(`A comment someone will report ${stamp}`)
    await request('/api/comments/moderate', { method: 'POST', token: moderator, json: { ids: [id], action: 'approve' } })
    const samToken = (await loginReader('sam@readers.test')).token
    const reported = await request(`/api/comments/${id}/report`, {
      method: 'POST',
      token: samToken,
      json: { reason: 'off-topic', text: 'Not about the article' },
    })
    expect(reported.status, JSON.stringify(reported.body)).toBe(201)

    const answer = await desk(`queue=reported&reader=${readerId}`)
    const card = answer.body.cards.find((candidate) => candidate.id === id)!
    expect(card.reports).toEqual([
      expect.objectContaining({ reason: 'off-topic', text: 'Not about the article', reporter: expect.any(String) }),
    ])
    expect(card.reports[0].reporter).not.toMatch(/^[0-9a-f-]{20,}$/)

    const dismissed = await request('/api/comments/moderate', {
      method: 'POST',
      token: moderator,
      json: { ids: [id], action: 'dismiss-reports' },
    })
    expect(dismissed.status).toBe(200)
    expect((await desk(`queue=reported&reader=${readerId}`)).body.cards.map((candidate) => candidate.id)).not.toContain(id)
  })
})

async function loginReader(email: string): Promise<{ token: string }> {
  const login = await request<{ token: string }>('/api/readers/login', { method: 'POST', json: { email, password: DEMO_PASSWORD } })
  expect(login.status, JSON.stringify(login.body)).toBe(200)
  return login.body
}

describe('verbs, the log and the mail', () => {
  it('logs a rejection with who and why, and mails the reason to the commenter', async () => {
    const id = await post(`A comment to reject with a reason ${stamp}`)
    const reason = `Personal attacks are not allowed ${stamp}`
    const rejected = await request<{ updated: number }>('/api/comments/moderate', {
      method: 'POST',
      token: moderator,
      json: { ids: [id], action: 'reject', reason },
    })
    expect(rejected.body.updated).toBe(1)
    const log = await request<{
      docs: { action: string; reason: string; actor: { email: string }; fromStatus: string; toStatus: string }[]
    }>(`/api/moderation-events?where[comment][equals]=${id}&depth=1`, { token: moderator })
    expect(log.body.docs).toEqual([
      expect.objectContaining({
        action: 'reject',
        reason,
        fromStatus: 'pending',
        toStatus: 'rejected',
        actor: expect.objectContaining({ email: 'moderator@newsroom.test' }),
      }),
    ])
    const mail = await waitForMail(reader.email, /not published/, { timeoutMs: 40_000 })
    expect(mail.text).toContain(reason)
    expect(mail.text).toContain(article.title)
  })

  it('suspends a commenter for 24 hours, and their next comment is refused', async () => {
    const id = await post(`A comment that earns a suspension ${stamp}`)
    const missing = await request<Problem>('/api/comments/moderate', {
      method: 'POST',
      token: moderator,
      json: { ids: [id], action: 'suspend-author' },
    })
    expect(missing.status).toBe(400)
    expect(missing.body.errors[0]).toMatchObject({ data: { parameter: 'duration' } })
    expect(missing.body.errors[0].message).toMatch(/24h, 7d, permanent/)

    const before = Date.now()
    const suspended = await request('/api/comments/moderate', {
      method: 'POST',
      token: moderator,
      json: { ids: [id], action: 'suspend-author', duration: '24h', reason: 'Cooling off' },
    })
    expect(suspended.status, JSON.stringify(suspended.body)).toBe(200)
    const admin = await loginAs('admin')
    const suspendedReader = (await request<{ bannedUntil: string; banned: boolean }>(`/api/readers/${readerId}`, { token: admin })).body
    expect(suspendedReader.banned).toBe(false)
    expect(new Date(suspendedReader.bannedUntil).getTime() - before).toBeGreaterThan(23.9 * 3_600_000)

    const refused = await request<{ errors?: { message: string }[]; comment?: { status: string } }>('/api/comments', {
      method: 'POST',
      token: readerToken,
      json: { article: article.id, body: 'Trying again while suspended', formShownAt: Date.now() - 60_000 },
    })
    expect(refused.status).toBeGreaterThanOrEqual(400)
    expect(JSON.stringify(refused.body)).toMatch(/suspended/)

    const history = await request<{ comments: Card[]; events: { action: string; by: string; reason: string | null }[] }>(
      `/api/comments/desk/commenter?reader=${readerId}`,
      { token: moderator },
    )
    expect(history.status).toBe(200)
    expect(history.body.comments.length).toBeGreaterThanOrEqual(4)
    expect(history.body.events.map((event) => event.action)).toEqual(
      expect.arrayContaining(['suspend', 'reject', 'approve', 'dismiss-reports']),
    )
    expect(history.body.events.find((event) => event.action === 'suspend')).toMatchObject({ reason: '24 hours: Cooling off' })
    expect(history.body.events.every((event) => !/^[0-9a-f-]{20,}$/.test(event.by))).toBe(true)

    // Lift it, so the reader's later posts in this file are not refused.
    expect(
      (await request(`/api/readers/${readerId}`, { method: 'PATCH', json: { bannedUntil: null, banReason: null }, token: admin })).status,
    ).toBe(200)
  })

  it('logs a note on a reader and a ban set in the Readers form, by the reader’s name', async () => {
    const note = `Often off topic ${stamp}`
    expect((await request(`/api/readers/${readerId}`, { method: 'PATCH', token: moderator, json: { moderatorNotes: note } })).status).toBe(
      200,
    )
    const admin = await loginAs('admin')
    const ban = { banned: true, banReason: 'Links to a scam, again' }
    expect((await request(`/api/readers/${readerId}`, { method: 'PATCH', token: admin, json: ban })).status).toBe(200)
    try {
      const log = await request<{ docs: { action: string; summary: string; reason: string | null }[] }>(
        `/api/moderation-events?where[reader][equals]=${readerId}&where[comment][exists]=false&sort=-createdAt&depth=0`,
        { token: moderator },
      )
      expect(log.body.docs.map((event) => [event.action, event.summary, event.reason])).toEqual([
        ['ban', `Banned the reader ${reader.displayName}`, ban.banReason],
        ['note', `Noted on the reader ${reader.displayName}`, note],
      ])
    } finally {
      await request(`/api/readers/${readerId}`, { method: 'PATCH', token: admin, json: { banned: false, banReason: null } })
    }
  })

  it('logs a status changed in the admin’s own form as the desk’s verbs are', async () => {
    const id = await post(`A comment approved from the edit form ${stamp}`)
    const editor = await loginAs('editor')
    expect((await request(`/api/comments/${id}`, { method: 'PATCH', token: editor, json: { status: 'approved' } })).status).toBe(200)
    const me = (await request<{ user: { id: string } }>('/api/users/me', { token: editor })).body.user
    const log = await request<{ docs: { action: string; actor: string }[] }>(
      `/api/moderation-events?where[comment][equals]=${id}&depth=0`,
      {
        token: moderator,
      },
    )
    expect(log.body.docs).toEqual([expect.objectContaining({ action: 'approve', actor: me.id })])
  })

  it('keeps the log a record: nobody writes or deletes it over the API', async () => {
    const admin = await loginAs('admin')
    const created = await request('/api/moderation-events', {
      method: 'POST',
      token: admin,
      json: { action: 'approve', summary: 'forged' },
    })
    expect(created.status).toBe(403)
    const entry = (await request<{ docs: { id: string }[] }>('/api/moderation-events?limit=1&depth=0', { token: admin })).body.docs[0]
    expect((await request(`/api/moderation-events/${entry.id}`, { method: 'DELETE', token: admin })).status).toBe(403)
    expect((await request('/api/moderation-events?limit=1', { token: readerToken })).status).toBe(403)
  })
})

describe('live counts', () => {
  it('pushes every queue’s count to an open desk at once, and again when a comment arrives and when it is rejected', async () => {
    const url = `${baseUrl()}/api/comments/desk/live?article=${article.id}`
    const stream = await openEventStream(url, { Authorization: `JWT ${moderator}` })
    const counts = (event: { event: string; data: string }) =>
      event.event === 'counts' ? (JSON.parse(event.data) as Record<string, number>) : null
    try {
      expect(stream.response.status).toBe(200)
      expect(stream.response.headers.get('content-type')).toMatch(/^text\/event-stream/)
      const before = counts(await stream.waitFor((event) => event.event === 'counts'))!
      const id = await post(`A comment the desk hears about at once ${stamp}`)
      const after = counts(await stream.waitFor((event) => counts(event)?.all === before.all + 1, 5000))!
      const { status } = (await request<{ status: string }>(`/api/comments/${id}?depth=0`, { token: moderator })).body
      expect(after.pending).toBe(before.pending + (status === 'pending' ? 1 : 0))
      await request('/api/comments/moderate', { method: 'POST', token: moderator, json: { ids: [id], action: 'reject' } })
      await stream.waitFor((event) => counts(event)?.rejected === after.rejected + 1, 5000)
    } finally {
      await stream.close()
    }
  })

  it('keeps every desk open with the same filter up to date (they share one count per burst)', async () => {
    const url = `${baseUrl()}/api/comments/desk/live?article=${article.id}`
    const desks = [
      await openEventStream(url, { Authorization: `JWT ${moderator}` }),
      await openEventStream(url, { Authorization: `JWT ${moderator}` }),
    ]
    const all = (event: { event: string; data: string }) =>
      event.event === 'counts' ? (JSON.parse(event.data) as { all: number }).all : null
    try {
      const before = await Promise.all(desks.map(async (desk) => all(await desk.waitFor((event) => event.event === 'counts'))!))
      expect(before[1]).toBe(before[0])
      await post(`A comment two desks hear about ${stamp}`)
      await Promise.all(desks.map((desk) => desk.waitFor((event) => all(event) === before[0] + 1, 5000)))
      // The first leaves; the other still hears.
      await desks[0].close()
      await post(`A comment the remaining desk hears about ${stamp}`)
      await desks[1].waitFor((event) => all(event) === before[0] + 2, 5000)
    } finally {
      await Promise.all(desks.map((desk) => desk.close()))
    }
  })

  it('is for moderating staff only', async () => {
    const anonymous = await fetch(`${baseUrl()}/api/comments/desk/live`)
    expect(anonymous.status).toBe(401)
    const asReader = await fetch(`${baseUrl()}/api/comments/desk/live`, { headers: { Authorization: `JWT ${readerToken}` } })
    expect(asReader.status).toBe(403)
    expect(JSON.stringify(await asReader.json())).toMatch(/Only moderators, editors and admins use the moderation desk/)
  })
})

describe('blocking a guest', () => {
  type Posted = { comment?: { id: string }; errors?: { message: string }[] }
  const guestPost = (body: string, guestEmail: string) =>
    request<Posted>('/api/comments', {
      method: 'POST',
      json: { article: article.id, body, guestName: 'Gus Guest', guestEmail, formShownAt: Date.now() - 60_000 },
    })
  const moderate = (json: Record<string, unknown>) =>
    request<{ results: { ok: boolean; message?: string }[] }>('/api/comments/moderate', { method: 'POST', token: moderator, json })

  it('blocks a guest by e-mail for a while, or by network address too; a blocked guest is refused until the block is lifted', async () => {
    const restore = await changeCommentSettings({ guestsAllowed: true })
    const blocks: string[] = []
    try {
      const gus = `gus-${stamp}@example.test`
      const first = await guestPost(`A guest who will be blocked ${stamp}`, gus)
      expect(first.status, JSON.stringify(first.body)).toBe(201)
      const suspended = await moderate({ ids: [first.body.comment!.id], action: 'suspend-author', duration: '7d', reason: 'Trolling' })
      expect(suspended.body.results).toEqual([{ id: first.body.comment!.id, ok: true }])

      // The e-mail is blocked (in any case), and no comment is stored; another guest on the same network is not.
      const again = await guestPost('Trying again', gus.toUpperCase())
      expect(again.status).toBe(403)
      expect(again.body.errors?.[0].message).toBe('Comments from this e-mail address or network are blocked for now.')
      const neighbour = await guestPost(`A neighbour on the same network ${stamp}`, `neighbour-${stamp}@example.test`)
      expect(neighbour.status).toBe(201)

      // The desk shows the block on the guest's card, and the log says what was blocked and why.
      const cards = await desk(`queue=all&guestEmail=${encodeURIComponent(gus)}`)
      expect(cards.body.cards).toHaveLength(1)
      const commenter = cards.body.cards[0].commenter as Card['commenter'] & { banned: boolean; bannedUntil: string | null }
      expect(commenter.banned).toBe(false)
      expect(new Date(commenter.bannedUntil!).getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3_600_000)
      const history = await request<{ events: { action: string; reason: string | null }[] }>(
        `/api/comments/desk/commenter?guestEmail=${encodeURIComponent(gus)}`,
        { token: moderator },
      )
      expect(history.body.events.find((event) => event.action === 'suspend')?.reason).toBe("7 days (the guest's e-mail): Trolling")

      // Blocked by network address as well: every guest from it is refused, whatever e-mail they give.
      const banned = await moderate({ ids: [neighbour.body.comment!.id], action: 'ban-author', byAddress: true })
      expect(banned.body.results[0].ok).toBe(true)
      const stranger = await guestPost('A new e-mail, the same network', `stranger-${stamp}@example.test`)
      expect(stranger.status).toBe(403)
      expect(stranger.body.errors?.[0].message).toBe('Comments from this e-mail address or network are blocked.')

      // The blocks are a list moderators read (never the address itself) and readers cannot.
      const list = await request<{
        docs: { id: string; email: string | null; ipHash: string | null; until: string | null; blockedBy: string }[]
      }>(`/api/blocked-guests?where[comment][in]=${first.body.comment!.id},${neighbour.body.comment!.id}&depth=0`, { token: moderator })
      blocks.push(...list.body.docs.map((doc) => doc.id))
      expect(list.body.docs).toHaveLength(2)
      const byAddress = list.body.docs.find((doc) => doc.ipHash)!
      expect(byAddress).toMatchObject({ email: `neighbour-${stamp}@example.test`, until: null })
      expect(byAddress.ipHash).toMatch(/^[0-9a-f]{16,}$/)
      expect(JSON.stringify(list.body)).not.toContain('127.0.0.1')
      expect((await request('/api/blocked-guests', { token: readerToken })).status).toBe(403)

      // Lifting the blocks lets the guest in again.
      for (const id of blocks) expect((await request(`/api/blocked-guests/${id}`, { method: 'DELETE', token: moderator })).status).toBe(200)
      blocks.length = 0
      expect((await guestPost(`Back after the block was lifted ${stamp}`, gus)).status).toBe(201)
    } finally {
      for (const id of blocks) await request(`/api/blocked-guests/${id}`, { method: 'DELETE', token: moderator })
      await restore()
    }
  })

  it('refuses a block that names nobody, saying what to give', async () => {
    const empty = await request<Problem>('/api/blocked-guests', { method: 'POST', token: moderator, json: { reason: 'Nobody' } })
    expect(empty.status).toBe(400)
    expect(JSON.stringify(empty.body)).toMatch(/Give the e-mail address to block/)
    const wrong = await moderate({ ids: ['x'], action: 'ban-author', byAddress: 'yes' })
    expect(wrong.status).toBe(400)
    expect(JSON.stringify(wrong.body)).toMatch(/byAddress must be true or false/)
  })
})

describe('staff answering as the newsroom', () => {
  it('publishes an editor’s reply at once, shown with their name and a staff badge, never as a guest', async () => {
    const id = await post(`A question for the newsroom ${stamp}`)
    await request('/api/comments/moderate', { method: 'POST', token: moderator, json: { ids: [id], action: 'approve' } })
    const editor = await loginAs('editor')
    // Another file renames the demo editor: the badge shows whatever the login is called now.
    const editorName = (await request<{ user: { name: string } }>('/api/users/me', { token: editor })).body.user.name
    const replied = await request<{
      comment: { id: string; status: string; staff: { name: string; title: string }; author: unknown; guestName: unknown }
    }>('/api/comments', {
      method: 'POST',
      token: editor,
      json: { article: article.id, parent: id, body: `Thanks, we have corrected it. https://example.com/fix ${stamp}` },
    })
    expect(replied.status, JSON.stringify(replied.body)).toBe(201)
    expect(replied.body.comment).toMatchObject({
      status: 'approved',
      staff: { name: editorName, title: 'Editor' },
      author: null,
      guestName: null,
    })

    const thread = await request<{ comments?: { id: string; replies?: { staff: unknown; replyTo: { name: string } }[] }[] }>(
      `/api/comments/${id}/thread`,
    )
    expect(JSON.stringify(thread.body)).toContain(JSON.stringify({ staff: { name: editorName, title: 'Editor' } }).slice(1, -1))
    const log = await request<{ docs: { staffAuthor: string; moderationReasons: { code: string }[] }[] }>(
      `/api/comments?where[id][equals]=${replied.body.comment.id}&depth=0`,
      { token: moderator },
    )
    expect(log.body.docs[0].moderationReasons.map((reason) => reason.code)).toEqual(['staff'])
  })

  it('refuses an empty staff comment like anyone’s', async () => {
    const empty = await request('/api/comments', { method: 'POST', token: moderator, json: { article: article.id, body: '   ' } })
    expect(empty.status).toBeGreaterThanOrEqual(400)
    expect(empty.status).toBeLessThan(500)
  })
})

describe('refusals', () => {
  it('asks anonymous callers to sign in and refuses readers and authors', async () => {
    expect((await request('/api/comments/desk')).status).toBe(401)
    expect((await desk('queue=pending', readerToken)).status).toBe(403)
    expect((await request('/api/comments/desk/counts', { token: await loginAs('author') })).status).toBe(403)
  })

  it('names the parameter that is wrong', async () => {
    for (const [query, parameter, message] of [
      ['queue=everything', 'queue', /queue must be one of pending, reported, held, spam, rejected, all/],
      ['limit=500', 'limit', /limit must be a whole number from 1 to 50/],
      ['page=0', 'page', /page must be a whole number from 1/],
      ['sort=sideways', 'sort', /sort must be newest or oldest/],
      ['guestEmail=not-an-address', 'guestEmail', /guestEmail must be an e-mail address/],
    ] as const) {
      const answer = await desk(query)
      expect(answer.status, query).toBe(400)
      expect(answer.body.errors[0].data?.parameter, query).toBe(parameter)
      expect(answer.body.errors[0].message, query).toMatch(message)
    }
    const nobody = await request<Problem>('/api/comments/desk/commenter', { token: moderator })
    expect(nobody.status).toBe(400)
    expect(nobody.body.errors[0].message).toMatch(/reader .* or guestEmail/)
  })
})

describe('the comment rules', () => {
  it('are a moderator’s to change, except the webhooks, which stay with editors and admins', async () => {
    const admin = await loginAs('admin')
    const before = (
      await request<{ suspectWords: string | null; webhooks: unknown[] }>('/api/globals/comment-settings?depth=0', { token: admin })
    ).body
    const changed = await request<{ result: { suspectWords: string } }>('/api/globals/comment-settings', {
      method: 'POST',
      token: moderator,
      json: {
        suspectWords: `${before.suspectWords ?? ''}\ndesk-test-${stamp}`.trim(),
        webhooks: [{ url: 'https://attacker.example/hook', secret: 'x'.repeat(20), events: ['comment.created'] }],
      },
    })
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    const after = (await request<{ suspectWords: string; webhooks: unknown[] }>('/api/globals/comment-settings?depth=0', { token: admin }))
      .body
    expect(after.suspectWords).toContain(`desk-test-${stamp}`)
    expect(after.webhooks).toEqual(before.webhooks)
    await request('/api/globals/comment-settings', { method: 'POST', token: admin, json: { suspectWords: before.suspectWords } })
    expect(
      (await request('/api/globals/comment-settings', { method: 'POST', token: await loginAs('author'), json: { suspectWords: 'x' } }))
        .status,
    ).toBe(403)
  })
})
