import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hashIp } from '@/comments/domain'
import { DEMO_PASSWORD } from '@/seed/demo-logins'
import { NO_LIMIT } from '../security/helpers/community'
import { graphql, loginAs, request } from './helpers/client'

type PublicComment = {
  id: string
  body: string
  html: string
  status: string
  author: { displayName: string } | null
  replies: PublicComment[]
  votes: { up: number }
}
type Page = { totalComments: number; totalThreads: number; comments: PublicComment[]; nextCursor: string | null; form: { open: boolean } }
type Posted = { message: string; comment: PublicComment | null; replayed?: boolean; errors?: { message: string }[] }

let lead: { id: string; slug: string }
let readerToken: string
let otherReaderToken: string
let adminToken: string
const shown = () => new Date(Date.now() - 60_000).toISOString()

async function readerLogin(email: string): Promise<string> {
  const response = await request<{ token: string }>('/api/readers/login', { method: 'POST', json: { email, password: DEMO_PASSWORD } })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return response.body.token
}

async function settings(data: Record<string, unknown>) {
  const response = await request('/api/globals/comment-settings', { method: 'POST', token: adminToken, json: data })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
}

const post = (json: Record<string, unknown>, token?: string, headers: Record<string, string> = {}) =>
  request<Posted>('/api/comments', { method: 'POST', token, headers, json: { article: lead.id, formShownAt: shown(), ...json } })

beforeAll(async () => {
  adminToken = await loginAs('admin')
  readerToken = await readerLogin('reader@newsroom.test')
  otherReaderToken = await readerLogin('sam@readers.test')
  const articles = await request<{ docs: { id: string; slug: string; commentCount: number }[] }>(
    '/api/articles?where[commentCount][greater_than]=0&limit=1&depth=0',
  )
  lead = articles.body.docs[0]
  await settings({ mode: 'post', readerRateLimit: { max: 0, windowSeconds: 60 }, ipRateLimit: { max: 0, windowSeconds: 60 } })
})

afterAll(async () => {
  // Back as the leg's global setup leaves them: the site's modes, and the comment limits off.
  await settings({ mode: 'pre-until-trusted', guestsAllowed: false, readerRateLimit: NO_LIMIT, ipRateLimit: NO_LIMIT })
})

describe('reading comments', () => {
  it('lists the demo thread with replies nested and the total for "View all comments"', async () => {
    const page = await request<Page>(`/api/articles/${lead.id}/comments?sort=oldest`)
    expect(page.status).toBe(200)
    expect(page.headers.get('cache-control')).toContain('public')
    expect(page.body.totalComments).toBeGreaterThanOrEqual(5)
    expect(page.body.form.open).toBe(true)
    const featured = page.body.comments[0]
    expect(featured.author?.displayName).toBe('Lena Vogt')
    expect(featured.replies[0].replies[0].html).toContain('rel="nofollow ugc noopener"')
    expect(JSON.stringify(page.body)).not.toMatch(/@|ipHash|guestEmail|moderationReasons|reportCount/)
  })

  it('answers the same through GraphQL', async () => {
    const response = await graphql<{ articleComments: Page }>(
      'query($article: String!) { articleComments(article: $article, sort: "top", limit: 2) { totalComments totalThreads nextCursor comments { id body votes { up } replies { id } } } }',
      { article: lead.id },
    )
    expect(response.status).toBe(200)
    expect(response.body.data?.articleComments.comments).toHaveLength(2)
    expect(response.body.data?.articleComments.comments[0].votes.up).toBeGreaterThanOrEqual(3)
    expect(response.body.data?.articleComments.nextCursor).toBeTruthy()
  })

  it('answers bad listing parameters and unknown articles with a 4xx naming the problem', async () => {
    expect((await request(`/api/articles/${lead.id}/comments?sort=loudest`)).status).toBe(400)
    expect((await request(`/api/articles/${lead.id}/comments?limit=1000`)).status).toBe(400)
    expect((await request('/api/articles/not-an-id/comments')).status).toBe(400)
    expect((await request('/api/articles/00000000-0000-4000-8000-000000000000/comments')).status).toBe(404)
    const graph = await graphql('{ articleComments(article: "nope") { totalComments } }')
    expect(graph.status).toBe(400)
  })
})

describe('posting over HTTP', () => {
  it('posts with an Idempotency-Key: a retry returns the same comment, another body gets 409', async () => {
    const key = `key-${Date.now()}`
    const first = await post({ body: 'Posted over REST <b>bold?</b>' }, readerToken, { 'Idempotency-Key': key })
    expect(first.status, JSON.stringify(first.body)).toBe(201)
    expect(first.body.comment?.html).toBe('<p>Posted over REST &lt;b&gt;bold?&lt;/b&gt;</p>')
    expect(first.headers.get('cache-control')).toContain('no-store')
    const retry = await post({ body: 'Posted over REST <b>bold?</b>' }, readerToken, { 'Idempotency-Key': key })
    expect(retry.status).toBe(200)
    expect(retry.body).toMatchObject({ replayed: true, comment: { id: first.body.comment?.id } })
    const conflict = await post({ body: 'Something else' }, readerToken, { 'Idempotency-Key': key })
    expect(conflict.status).toBe(409)
    expect(conflict.body.errors?.[0].message).toMatch(/Idempotency-Key/)
  })

  it('posts through GraphQL with the same rules', async () => {
    const mutation =
      'mutation($article: String!, $body: String!) { postComment(article: $article, body: $body, formShownAt: "2020-01-01T00:00:00Z") { message comment { id status body } } }'
    const ok = await graphql<{ postComment: Posted }>(mutation, { article: lead.id, body: 'Via GraphQL' }, readerToken)
    expect(ok.body.data?.postComment).toMatchObject({
      message: 'Your comment is published.',
      comment: { status: 'approved', body: 'Via GraphQL' },
    })
    const blank = await graphql(mutation, { article: lead.id, body: '   ' }, readerToken)
    expect(blank.status).toBe(400)
    expect(blank.body.errors?.[0].message).toBe('Your comment is empty.')
    // Payload's generated create mutation is closed: it would skip idempotency and rate limits.
    const bare = await graphql(`mutation { createComment(data: { article: "${lead.id}", body: "sneaky" }) { id } }`, {}, readerToken)
    expect(bare.status).toBe(403)
  })

  it('refuses bad input with a clear 4xx and never a 500', async () => {
    const raw = (body: string) =>
      request<Posted>('/api/comments', { method: 'POST', token: readerToken, headers: { 'Content-Type': 'application/json' }, body })
    expect((await raw('{"body": ')).status).toBe(400)
    expect((await raw('["a list"]')).status).toBe(400)
    expect((await post({ body: '' }, readerToken)).status).toBe(400)
    expect((await post({ body: ' \n ' }, readerToken)).status).toBe(400)
    const huge = await post({ body: 'x'.repeat(100 * 1024) }, readerToken)
    expect(huge.status).toBe(400)
    expect(huge.body.errors?.[0].message).toBe('Your comment is too long (at most 5000 characters).')
    expect((await post({ body: 'Forged parent', parent: '00000000-0000-4000-8000-000000000000' }, readerToken)).status).toBe(400)
    expect((await post({ body: 'Bad parent', parent: 'nope' }, readerToken)).status).toBe(400)
    expect((await post({ body: 'No article', article: undefined }, readerToken)).status).toBe(400)
    const sneaky = await post(
      { body: 'Trying to set fields', status: 'approved', featured: true, votesUp: 50, replyCount: 9 },
      otherReaderToken,
    )
    expect(sneaky.status).toBe(201)
    expect(sneaky.body.comment).toMatchObject({ featured: false, votes: { up: 0 }, replyCount: 0 })
  })

  it('rate-limits per reader with 429 and Retry-After', async () => {
    await settings({ readerRateLimit: { max: 1, windowSeconds: 300 } })
    const token = await readerLogin('tom@readers.test')
    try {
      expect((await post({ body: 'First from Tom' }, token)).status).toBe(201)
      const limited = await post({ body: 'Second from Tom' }, token)
      expect(limited.status).toBe(429)
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(200)
      expect(limited.body.errors?.[0].message).toMatch(/try again in \d+ seconds/)
    } finally {
      await settings({ readerRateLimit: { max: 0, windowSeconds: 60 } })
    }
  })

  it('takes guests when allowed, hashing the address the edge saw rather than one the client claims', async () => {
    await settings({ guestsAllowed: true })
    const guest = await post({ body: 'A guest', guestName: 'Gwen', guestEmail: 'gwen@example.org' }, undefined, {
      'X-Newsroom-Client-IP': '198.51.100.1',
    })
    expect(guest.status, JSON.stringify(guest.body)).toBe(201)
    const moderator = await loginAs('moderator')
    const seen = await request<{ ipHash: string; guestEmail: string }>(`/api/comments/${guest.body.comment?.id}?depth=0`, {
      token: moderator,
    })
    expect(seen.body.guestEmail).toBe('gwen@example.org')
    expect(seen.body.ipHash).toBe(hashIp(process.env.PAYLOAD_SECRET ?? 'http-test-secret', '127.0.0.1'))
    await settings({ guestsAllowed: false })
  })
})

describe('inline feedback over HTTP', () => {
  it('posts feedback on a passage and lists the passages with counts, REST and GraphQL', async () => {
    const article = await request<{ body: { root: { children: { children?: { text?: string }[] }[] } } }>(
      `/api/articles/${lead.id}?depth=0`,
    )
    const firstText = article.body.body.root.children
      .flatMap((block) => block.children ?? [])
      .find((node) => (node.text ?? '').length > 40)!.text!
    const exact = firstText.split(' ').slice(1, 6).join(' ')
    const posted = await post({ body: 'About this bit', quote: { exact } }, readerToken)
    expect(posted.status, JSON.stringify(posted.body)).toBe(201)
    const marks = await request<{ passages: { text: string; count: number; status: string; commentIds: string[] }[] }>(
      `/api/articles/${lead.id}/comments/inline`,
    )
    expect(marks.status).toBe(200)
    expect(marks.body.passages.find((passage) => passage.commentIds.includes(posted.body.comment!.id))).toMatchObject({
      text: exact,
      status: 'exact',
      count: 1,
    })
    const graph = await graphql<{ articleInlineFeedback: { total: number } }>(
      `{ articleInlineFeedback(article: "${lead.id}") { total passages { text count } } }`,
    )
    expect(graph.body.data?.articleInlineFeedback.total).toBeGreaterThanOrEqual(1)
    const missing = await post({ body: 'About nothing', quote: { exact: 'a passage this article never had' } }, readerToken)
    expect(missing.status).toBe(400)
    expect(missing.body.errors?.[0].message).toBe('The selected passage is not in the article.')
    expect((await post({ body: 'Too long', quote: { exact: 'y'.repeat(600) } }, readerToken)).status).toBe(400)
  })
})

describe('hidden fields stay hidden', () => {
  it('never returns, filters or sorts on commenter e-mail, address hash or idempotency data', async () => {
    const id = (await post({ body: 'Check my privacy' }, readerToken)).body.comment!.id
    const one = await request(`/api/comments/${id}`)
    expect(one.status).toBe(200)
    expect(Object.keys(one.body as object)).not.toEqual(expect.arrayContaining(['guestEmail']))
    for (const hidden of ['guestEmail', 'ipHash', 'userAgent', 'idempotencyKey', 'reportCount']) {
      expect(one.body).not.toHaveProperty(hidden)
      for (const token of [undefined, readerToken]) {
        const filtered = await request(`/api/comments?where[${hidden}][exists]=true`, { token })
        expect(filtered.status, `${hidden} filter`).toBe(400)
        const sorted = await request(`/api/comments?sort=${hidden}`, { token })
        expect(sorted.status, `${hidden} sort`).toBe(400)
      }
    }
    const graph = await graphql('{ Comments(where: { guestEmail: { exists: true } }) { docs { id } } }')
    expect(graph.status).toBe(400)
    const fields = await graphql('{ Comments(limit: 1) { docs { id guestEmail ipHash } } }')
    expect(JSON.stringify(fields.body.data ?? {})).not.toMatch(/"guestEmail":"|"ipHash":"/)
  })

  it('never shows the public a pending, rejected or spam comment', async () => {
    await settings({ mode: 'pre' })
    const held = await post({ body: 'Waiting in the queue' }, readerToken)
    await settings({ mode: 'post' })
    expect(held.body.comment?.status).toBe('pending')
    expect((await request(`/api/comments/${held.body.comment?.id}`)).status).toBe(404)
    expect((await request(`/api/comments/${held.body.comment?.id}`, { token: otherReaderToken })).status).toBe(404)
    expect((await request(`/api/comments/${held.body.comment?.id}`, { token: readerToken })).status).toBe(200)
    const list = await request<{ docs: unknown[] }>('/api/comments?where[status][equals]=pending&limit=100')
    expect(list.body.docs).toEqual([])
  })
})

describe('editing, removing, votes and reports', () => {
  it('lets the author edit within the window and nobody else', async () => {
    const id = (await post({ body: 'Before edit' }, readerToken)).body.comment!.id
    const edited = await request<{ doc: { body: string; editedAt: string } }>(`/api/comments/${id}`, {
      method: 'PATCH',
      token: readerToken,
      json: { body: 'After edit' },
    })
    expect(edited.status).toBe(200)
    expect(edited.body.doc.editedAt).toBeTruthy()
    const hijack = await request(`/api/comments/${id}`, { method: 'PATCH', token: otherReaderToken, json: { body: 'Hijacked' } })
    expect([403, 404]).toContain(hijack.status)
    const promote = await request<{ doc: { status: string; featured: boolean } }>(`/api/comments/${id}`, {
      method: 'PATCH',
      token: readerToken,
      json: { featured: true, status: 'approved' },
    })
    expect(promote.status).toBe(200)
    expect(promote.body.doc.featured).toBe(false)
  })

  it('removes a comment for its author with DELETE, keeping its place', async () => {
    const id = (await post({ body: 'Regret this' }, readerToken)).body.comment!.id
    expect((await request(`/api/comments/${id}`, { method: 'DELETE', token: otherReaderToken })).status).toBe(404)
    expect((await request(`/api/comments/${id}`, { method: 'DELETE' })).status).toBe(401)
    const removed = await request(`/api/comments/${id}`, { method: 'DELETE', token: readerToken })
    expect(removed.status).toBe(200)
    expect((await request(`/api/comments/${id}`)).status).toBe(404)
  })

  it('votes with a guest token and reports as a reader', async () => {
    const id = (await post({ body: 'Vote for me' }, readerToken)).body.comment!.id
    const token = (await request<{ token: string }>('/api/comments/guest-token', { method: 'POST' })).body.token
    const vote = await request<{ votes: { up: number } }>(`/api/comments/${id}/vote`, {
      method: 'POST',
      headers: { 'X-Guest-Token': token },
      json: { value: 1 },
    })
    expect(vote.status).toBe(200)
    expect(vote.body.votes.up).toBe(1)
    expect((await request(`/api/comments/${id}/vote`, { method: 'POST', json: { value: 1 } })).status).toBe(401)
    expect((await request(`/api/comments/${id}/vote`, { method: 'POST', token: readerToken, json: { value: 1 } })).status).toBe(403)
    expect((await request(`/api/comments/${id}/vote`, { method: 'POST', token: otherReaderToken, json: { value: 'lots' } })).status).toBe(
      400,
    )
    const report = await request(`/api/comments/${id}/report`, {
      method: 'POST',
      token: otherReaderToken,
      json: { reason: 'off-topic', text: 'Not about the bridge' },
    })
    expect(report.status).toBe(201)
    expect(
      (await request(`/api/comments/${id}/report`, { method: 'POST', token: otherReaderToken, json: { reason: 'spam' } })).status,
    ).toBe(409)
    const graphVote = await graphql<{ voteComment: { votes: { up: number } } }>(
      `mutation { voteComment(id: "${id}", value: 1) { votes { up } } }`,
      {},
      otherReaderToken,
    )
    expect(graphVote.body.data?.voteComment.votes.up).toBe(2)
  })

  it('lets a reader download their own data, and nobody else', async () => {
    expect((await request('/api/readers/me/export')).status).toBe(401)
    expect((await request('/api/readers/me/export', { token: await loginAs('moderator') })).status).toBe(401)
    const mine = await request<{ reader: { email: string }; comments: { body: string }[] }>('/api/readers/me/export', {
      token: readerToken,
    })
    expect(mine.status).toBe(200)
    expect(mine.headers.get('content-disposition')).toContain('attachment')
    expect(mine.body.reader.email).toBe('reader@newsroom.test')
    expect(mine.body.comments.length).toBeGreaterThan(0)
    expect(JSON.stringify(mine.body)).not.toMatch(/moderatorNotes|ipHash|idempotency/)
  })

  it('lets moderators act on a selection, and nobody else', async () => {
    const ids = await Promise.all(
      ['one', 'two'].map(async (body) => (await post({ body: `Bulk ${body}` }, otherReaderToken)).body.comment!.id),
    )
    expect((await request('/api/comments/moderate', { method: 'POST', token: readerToken, json: { ids, action: 'reject' } })).status).toBe(
      403,
    )
    const moderator = await loginAs('moderator')
    expect(
      (await request('/api/comments/moderate', { method: 'POST', token: moderator, json: { ids, action: 'obliterate' } })).status,
    ).toBe(400)
    const done = await request<{ updated: number }>('/api/comments/moderate', {
      method: 'POST',
      token: moderator,
      json: { ids, action: 'reject' },
    })
    expect(done.body.updated).toBe(2)
    for (const id of ids) expect((await request(`/api/comments/${id}`)).status).toBe(404)
  })
})
