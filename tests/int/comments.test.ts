import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { listArticleComments, commentThread } from '@/comments/services/listing'
import { moderateComments, removeComment } from '@/comments/services/moderation-actions'
import { postComment, type PostCommentInput } from '@/comments/services/posting'
import { reportComment, voteOnComment } from '@/comments/services/reactions'
import { exportReaderData } from '@/comments/services/reader-data'
import { issueGuestToken, verifyWebhook } from '@/comments/domain'
import { settings } from '@/lib/config/settings'
import type { Article } from '@/payload-types'
import { createReader, requestAs, setCommentSettings, shownLongAgo, type TestReader } from './helpers/comments'
import { articleData, createFixtures, createStaff, testPayload, type Fixtures, type Staff } from './helpers/payload'

let payload: Payload
let fixtures: Fixtures
let staff: Staff
let article: Article

async function publishedArticle(overrides: Partial<Article> = {}): Promise<Article> {
  return payload.create({
    collection: 'articles',
    data: articleData(fixtures, { _status: 'published', ...overrides }),
    overrideAccess: true,
  })
}

async function post(user: TestReader | null, input: PostCommentInput, headers: Record<string, string> = {}) {
  const req = await requestAs(payload, user, headers)
  return { ...(await postComment(req, { article: article.id, formShownAt: shownLongAgo(), ...input })), req }
}

async function stored(id: string) {
  return payload.findByID({ collection: 'comments', id, depth: 0, overrideAccess: true, showHiddenFields: true })
}

async function approvedCount(articleId: string) {
  return (
    await payload.count({
      collection: 'comments',
      where: { article: { equals: articleId }, status: { equals: 'approved' } },
      overrideAccess: true,
    })
  ).totalDocs
}

async function articleCount(articleId: string) {
  return (await payload.findByID({ collection: 'articles', id: articleId, overrideAccess: true, depth: 0 })).commentCount
}

async function rejects(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await promise
  } catch (error) {
    const failure = error as { status?: number; message: string }
    return { status: failure.status ?? 500, message: failure.message }
  }
  throw new Error('expected a refusal')
}

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload).catch(async () => {
    // Another file made staff first on this database: roles still come from the data given.
    return createStaff(payload)
  })
  fixtures = await createFixtures(payload)
  article = await publishedArticle()
  await setCommentSettings(payload, {})
})

afterAll(async () => {
  await setCommentSettings(payload, {})
})

describe('posting and moderation', () => {
  it('publishes at once in post-moderation and counts the article', async () => {
    const reader = await createReader(payload)
    const result = await post(reader, { body: 'A thoughtful first comment about the bridge.' })
    expect(result.status).toBe(201)
    expect(result.body.message).toBe('Your comment is published.')
    expect(result.body.comment).toMatchObject({ status: 'approved', author: { id: reader.id, displayName: 'Test Reader' }, depth: 0 })
    expect(await articleCount(article.id)).toBe(await approvedCount(article.id))
  })

  it('holds a new reader until trusted, and shows the reasons to moderators only', async () => {
    await setCommentSettings(payload, { mode: 'pre-until-trusted', trustedAfterApproved: 1 })
    const reader = await createReader(payload)
    const first = await post(reader, { body: 'My first comment here.' })
    expect(first.status).toBe(201)
    expect(first.body).toMatchObject({ message: 'Your comment is held for review.', comment: { status: 'pending', mine: true } })
    const doc = await stored(first.body.comment!.id)
    expect(doc.moderationReasons?.map((reason) => reason.code)).toEqual(['new-commenter'])
    await moderateComments(await requestAs(payload, staff.moderator), { ids: [doc.id], action: 'approve' })
    const second = await post(reader, { body: 'Now I am trusted.' })
    expect(second.body.comment?.status).toBe('approved')
    await setCommentSettings(payload, {})
  })

  it('stores a banned-word comment as rejected and answers 422 with a plain reason', async () => {
    await setCommentSettings(payload, { bannedWords: 'scoundrel\nfoul phrase' })
    const reader = await createReader(payload)
    const result = await post(reader, { body: 'You SCOUNDREL!' })
    expect(result.status).toBe(422)
    expect(result.body.message).toBe('Your comment contains a blocked word.')
    const rejected = await payload.find({ collection: 'comments', where: { author: { equals: reader.id } }, overrideAccess: true })
    expect(rejected.docs[0]).toMatchObject({ status: 'rejected' })
    expect(rejected.docs[0].moderationReasons?.[0]).toMatchObject({ code: 'banned-word', detail: 'contains the banned word "scoundrel"' })
    await setCommentSettings(payload, {})
  })

  it('files bots as spam while telling them the comment is held', async () => {
    const reader = await createReader(payload)
    const honeypot = await post(reader, { body: 'Buy cheap watches', website: 'http://spam.example' })
    expect(honeypot.status).toBe(201)
    expect(honeypot.body).toMatchObject({ message: 'Your comment is held for review.', comment: { status: 'pending' } })
    expect((await stored(honeypot.body.comment!.id)).status).toBe('spam')
  })

  it('holds a comment sent faster than people type for a moderator, as it tells its writer, never as spam', async () => {
    const reader = await createReader(payload)
    const fast = await post(reader, { body: 'Pasted in no time', formShownAt: new Date().toISOString() })
    expect(fast.body).toMatchObject({ message: 'Your comment is held for review.', comment: { status: 'pending' } })
    const kept = await stored(fast.body.comment!.id)
    expect(kept.status).toBe('pending')
    expect(kept.moderationReasons?.map((reason) => reason.code)).toContain('too-fast')
  })

  it('refuses empty, blank and oversized bodies with 400 and writes nothing', async () => {
    const reader = await createReader(payload)
    const before = (await payload.count({ collection: 'comments', overrideAccess: true })).totalDocs
    for (const body of ['', '   \n\t ', '\u200B\u200B', 'x'.repeat(5001), 'y'.repeat(100_000)]) {
      const refused = await rejects(post(reader, { body }))
      expect(refused.status).toBe(400)
      expect(refused.message).toMatch(/empty|too long/)
    }
    expect((await payload.count({ collection: 'comments', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('keeps markup as text and ignores fields a reader may not set', async () => {
    const reader = await createReader(payload)
    const result = await post(reader, {
      body: '<script>alert(1)</script> see https://example.org/x.',
      status: 'approved',
      featured: true,
      votesUp: 99,
      author: staff.admin.id,
    } as PostCommentInput)
    const comment = result.body.comment!
    expect(comment.body).toBe('<script>alert(1)</script> see https://example.org/x.')
    expect(comment.html).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; see <a href="https://example.org/x" rel="nofollow ugc noopener" target="_blank">https://example.org/x</a>.</p>',
    )
    expect(comment).toMatchObject({ featured: false, votes: { up: 0, down: 0, score: 0 }, author: { id: reader.id } })
  })

  it('answers 403 on a closed article, 404 on disabled, draft and unknown ones', async () => {
    const reader = await createReader(payload)
    const closed = await publishedArticle({ commentsMode: 'closed' })
    expect(await rejects(post(reader, { article: closed.id, body: 'Hello' }))).toEqual({
      status: 403,
      message: 'Comments are closed on this article.',
    })
    const disabled = await publishedArticle({ commentsMode: 'disabled' })
    expect((await rejects(post(reader, { article: disabled.id, body: 'Hello' }))).status).toBe(404)
    const draft = await payload.create({
      collection: 'articles',
      data: articleData(fixtures, { _status: 'draft' }),
      overrideAccess: true,
      draft: true,
    })
    expect((await rejects(post(reader, { article: draft.id, body: 'Hello' }))).status).toBe(404)
    expect((await rejects(post(reader, { article: '00000000-0000-4000-8000-000000000000', body: 'Hello' }))).status).toBe(404)
    expect((await rejects(post(reader, { article: 'not-an-id', body: 'Hello' }))).status).toBe(400)
  })

  it('refuses a banned or suspended reader and a guest when guests are off', async () => {
    const banned = await createReader(payload, { banned: true })
    expect(await rejects(post(banned, { body: 'Let me in' }))).toEqual({
      status: 403,
      message: 'Your account can no longer post comments.',
    })
    const suspended = await createReader(payload, { bannedUntil: new Date(Date.now() + 86_400_000).toISOString() })
    expect((await rejects(post(suspended, { body: 'Let me in' }))).status).toBe(403)
    expect(await rejects(post(null, { body: 'Guest here', guestName: 'Gus', guestEmail: 'gus@example.org' }))).toEqual({
      status: 401,
      message: 'Please sign in to comment.',
    })
  })

  it('lets guests in when allowed, keeping their e-mail and address hash for moderators only', async () => {
    await setCommentSettings(payload, { guestsAllowed: true, mode: 'pre-until-trusted', trustedAfterApproved: 0 })
    expect((await rejects(post(null, { body: 'No name given' }))).status).toBe(400)
    const result = await post(null, { body: 'A guest speaks', guestName: 'Gus', guestEmail: 'Gus@Example.org' })
    expect(result.status).toBe(201)
    expect(result.body.comment).toMatchObject({ guestName: 'Gus', author: null })
    expect(JSON.stringify(result.body)).not.toMatch(/example\.org|203\.0\.113/)
    const doc = await stored(result.body.comment!.id)
    expect(doc.guestEmail).toBe('gus@example.org')
    expect(doc.ipHash).toMatch(/^[0-9a-f]{32}$/)
    const publicView = await payload.findByID({ collection: 'comments', id: doc.id, overrideAccess: false })
    expect(publicView).not.toHaveProperty('guestEmail')
    expect(publicView).not.toHaveProperty('ipHash')
    expect(publicView).not.toHaveProperty('userAgent')
    // What the guest was told is theirs and the moderators': a guest's comment has no author, and no reader is asking.
    expect(doc.notice).toBeTruthy()
    expect(publicView).not.toHaveProperty('notice')
    // Field access empties the array rather than removing the key: what matters is that nothing is in it.
    expect(doc.moderationReasons?.length).toBeGreaterThan(0)
    expect(publicView.moderationReasons ?? []).toEqual([])
    await setCommentSettings(payload, {})
  })

  it('lets an article pre-moderate on its own, and closes comments automatically after N days', async () => {
    const heated = await publishedArticle({ commentModeration: 'pre' })
    const reader = await createReader(payload)
    const held = await post(reader, { article: heated.id, body: 'On a heated story' })
    expect(held.body.comment?.status).toBe('pending')
    expect((await stored(held.body.comment!.id)).moderationReasons?.[0]).toMatchObject({
      code: 'pre-moderation',
      detail: 'this article pre-moderates every comment',
    })
    await setCommentSettings(payload, { autoCloseAfterDays: 2 })
    const old = await publishedArticle()
    await payload.db.updateOne({
      collection: 'articles',
      id: old.id,
      data: { firstPublishedAt: new Date(Date.now() - 3 * 86_400_000).toISOString() },
    })
    expect(await rejects(post(reader, { article: old.id, body: 'Too late to the party' }))).toEqual({
      status: 403,
      message: 'Comments are closed on this article.',
    })
    expect((await listArticleComments(await requestAs(payload, null), old.id, {})).form.open).toBe(false)
    await setCommentSettings(payload, {})
  })

  it('sends a commenter whose recent comments were mostly rejected back to review', async () => {
    const reader = await createReader(payload)
    const ids = await Promise.all([1, 2, 3].map(async (n) => (await post(reader, { body: `Comment ${n}` })).body.comment!.id))
    await moderateComments(await requestAs(payload, staff.moderator), { ids: ids.slice(0, 2), action: 'reject' })
    const next = await post(reader, { body: 'Am I still trusted?' })
    expect(next.body).toMatchObject({ message: 'Your comment is held for review.', comment: { status: 'pending' } })
    expect((await stored(next.body.comment!.id)).moderationReasons?.[0].code).toBe('poor-record')
  })

  it('asks an Akismet-compatible checker when switched on', async () => {
    const asked: string[] = []
    const checker = http.createServer((request, response) => {
      let body = ''
      request.on('data', (chunk) => (body += chunk))
      request.on('end', () => {
        asked.push(`${request.url} ${body}`)
        response.end(body.includes('viagra') ? 'true' : 'false')
      })
    })
    await new Promise<void>((resolve) => checker.listen(0, '127.0.0.1', resolve))
    process.env.SPAM_CHECKER_URL = `http://127.0.0.1:${(checker.address() as AddressInfo).port}`
    try {
      await setCommentSettings(payload, { spamChecker: true })
      const reader = await createReader(payload)
      const spam = await post(reader, { body: 'cheap viagra here' })
      expect((await stored(spam.body.comment!.id)).moderationReasons?.map((reason) => reason.code)).toContain('spam-checker')
      const ham = await post(reader, { body: 'an honest opinion' })
      expect((await stored(ham.body.comment!.id)).status).toBe('approved')
      expect(asked[0]).toMatch(/^\/1\.1\/comment-check .*comment_content=cheap\+viagra\+here/)
    } finally {
      delete process.env.SPAM_CHECKER_URL
      checker.close()
      await setCommentSettings(payload, {})
    }
  })
})

describe('threads and listing', () => {
  it('attaches replies past the maximum depth to the deepest level and keeps who they answer', async () => {
    await setCommentSettings(payload, { maxDepth: 2 })
    const own = await publishedArticle()
    const names = ['Ann', 'Ben', 'Cat', 'Dan']
    const readers = await Promise.all(names.map((displayName) => createReader(payload, { displayName })))
    let parent: string | undefined
    const ids: string[] = []
    for (const reader of readers) {
      const result = await post(reader, { article: own.id, body: `I am ${reader.displayName}`, parent })
      parent = result.body.comment!.id
      ids.push(parent)
    }
    const docs = await Promise.all(ids.map(stored))
    expect(docs.map((doc) => doc.depth)).toEqual([0, 1, 2, 2])
    expect(docs[3]).toMatchObject({ replyToName: 'Cat' })
    expect(docs[3].parent).toBe(ids[1])
    expect(docs[3].replyTo).toBe(ids[2])

    const other = await publishedArticle()
    expect(await rejects(post(readers[0], { article: other.id, body: 'Wrong thread', parent: ids[0] }))).toMatchObject({ status: 400 })

    const page = await listArticleComments(await requestAs(payload, null), own.id, {})
    expect(page.comments).toHaveLength(1)
    expect(page.comments[0].replies?.[0].replies?.map((reply) => reply.author?.displayName)).toEqual(['Cat', 'Dan'])
    expect(page.totalComments).toBe(4)
    const thread = await commentThread(await requestAs(payload, null), ids[3])
    expect(thread).toMatchObject({ articleId: own.id, focusId: ids[3], thread: { id: ids[0] } })
    await setCommentSettings(payload, {})
  })

  it('pages and sorts top-level comments, with a cursor', async () => {
    const own = await publishedArticle()
    const reader = await createReader(payload)
    const voters = await Promise.all([1, 2].map(() => createReader(payload)))
    const ids: string[] = []
    for (let i = 0; i < 5; i += 1) ids.push((await post(reader, { article: own.id, body: `Comment number ${i}` })).body.comment!.id)
    for (const voter of voters) await voteOnComment(await requestAs(payload, voter), ids[2], { value: 1 })
    const anonymous = await requestAs(payload, null)
    const first = await listArticleComments(anonymous, own.id, { limit: '2', sort: 'oldest' })
    expect(first.comments.map((comment) => comment.body)).toEqual(['Comment number 0', 'Comment number 1'])
    expect(first).toMatchObject({ totalThreads: 5, totalPages: 3, hasNextPage: true })
    const second = await listArticleComments(anonymous, own.id, { limit: '2', cursor: first.nextCursor })
    expect(second.comments.map((comment) => comment.body)).toEqual(['Comment number 2', 'Comment number 3'])
    const top = await listArticleComments(anonymous, own.id, { sort: 'top', limit: '1' })
    expect(top.comments[0]).toMatchObject({ id: ids[2], votes: { up: 2, score: 2 } })
    const newest = await listArticleComments(anonymous, own.id, { sort: 'newest', limit: '1' })
    expect(newest.comments[0].id).toBe(ids[4])
    for (const [query, parameter] of [
      [{ sort: 'loudest' }, 'sort'],
      [{ limit: '0' }, 'limit'],
      [{ limit: '101' }, 'limit'],
      [{ page: '-1' }, 'page'],
      [{ cursor: 'garbage' }, 'cursor'],
    ] as const) {
      const refused = await rejects(listArticleComments(anonymous, own.id, query))
      expect(refused.status, parameter).toBe(400)
      expect(refused.message).toContain(parameter)
    }
  })

  it('shows a reader their own pending comment, marked, and nobody else', async () => {
    await setCommentSettings(payload, { mode: 'pre' })
    const own = await publishedArticle()
    const reader = await createReader(payload)
    await post(reader, { article: own.id, body: 'Waiting for review' })
    const mine = await listArticleComments(await requestAs(payload, reader), own.id, {})
    expect(mine.comments[0]).toMatchObject({ status: 'pending', mine: true, notice: 'Your comment is held for review.' })
    const others = await listArticleComments(await requestAs(payload, await createReader(payload)), own.id, {})
    expect(others.comments).toEqual([])
    await setCommentSettings(payload, {})
  })
})

describe('editing and removing', () => {
  it('lets a reader edit within the window, checks the new text, and refuses after it', async () => {
    await setCommentSettings(payload, { bannedWords: 'scoundrel', suspectWords: 'idiot' })
    const reader = await createReader(payload)
    const id = (await post(reader, { body: 'First version' })).body.comment!.id
    const edit = (body: string) => payload.update({ collection: 'comments', id, data: { body }, user: reader, overrideAccess: false })
    const edited = await edit('Second version')
    expect(edited.body).toBe('Second version')
    expect(edited.editedAt).toBeTruthy()
    expect((await rejects(edit('You scoundrel'))).status).toBe(422)
    expect((await stored(id)).body).toBe('Second version')
    await edit('What an idiot idea')
    expect((await stored(id)).status).toBe('pending')
    const someoneElse = await createReader(payload)
    await expect(
      payload.update({ collection: 'comments', id, data: { body: 'Hijack' }, user: someoneElse, overrideAccess: false }),
    ).rejects.toThrow()
    await payload.db.updateOne({ collection: 'comments', id, data: { createdAt: new Date(Date.now() - 16 * 60_000).toISOString() } })
    expect(await rejects(edit('Too late'))).toMatchObject({ status: 403 })
    await setCommentSettings(payload, {})
  })

  it('removes a comment but keeps its replies in the thread, and recounts', async () => {
    const own = await publishedArticle()
    const [author, replier] = await Promise.all([createReader(payload), createReader(payload)])
    const parent = (await post(author, { article: own.id, body: 'Parent text' })).body.comment!.id
    await post(replier, { article: own.id, body: 'A reply', parent })
    expect(await articleCount(own.id)).toBe(2)
    expect((await rejects(removeComment(await requestAs(payload, replier), parent))).status).toBe(404)
    await removeComment(await requestAs(payload, author), parent)
    expect(await articleCount(own.id)).toBe(1)
    const page = await listArticleComments(await requestAs(payload, null), own.id, {})
    expect(page.comments[0]).toMatchObject({
      status: 'removed',
      body: '',
      author: null,
      replies: [{ body: 'A reply', replyTo: { name: 'Test Reader' } }],
    })
  })
})

describe('votes and reports', () => {
  it('keeps one vote per reader or guest token, changeable, never on your own comment', async () => {
    const [author, voter] = await Promise.all([createReader(payload), createReader(payload)])
    const id = (await post(author, { body: 'Vote on me' })).body.comment!.id
    const as = await requestAs(payload, voter)
    expect(await voteOnComment(as, id, { value: 1 })).toMatchObject({ votes: { up: 1, down: 0, score: 1 }, myVote: 1 })
    expect(await voteOnComment(as, id, { value: 1 })).toMatchObject({ votes: { up: 1, score: 1 } })
    expect(await voteOnComment(as, id, { value: -1 })).toMatchObject({ votes: { up: 0, down: 1, score: -1 } })
    const token = issueGuestToken(settings.payloadSecret)
    const guest = await requestAs(payload, null, { 'x-guest-token': token })
    expect(await voteOnComment(guest, id, { value: 1 })).toMatchObject({ votes: { up: 1, down: 1, score: 0 } })
    expect(await voteOnComment(as, id, { value: 0 })).toMatchObject({ votes: { up: 1, down: 0 }, myVote: null })
    expect((await rejects(voteOnComment(await requestAs(payload, author), id, { value: 1 }))).status).toBe(403)
    expect(
      (await rejects(voteOnComment(await requestAs(payload, null, { 'x-guest-token': `${token.split('.')[0]}.forged` }), id, { value: 1 })))
        .status,
    ).toBe(401)
    expect((await rejects(voteOnComment(as, id, { value: 2 }))).status).toBe(400)
  })

  it('takes one report per reader and sends a comment back to review at the threshold', async () => {
    await setCommentSettings(payload, { reportsToHold: 2 })
    const author = await createReader(payload)
    const id = (await post(author, { body: 'Controversial take' })).body.comment!.id
    const [first, second] = await Promise.all([createReader(payload), createReader(payload)])
    await reportComment(await requestAs(payload, first), id, { reason: 'abuse', text: 'Rude' })
    expect((await rejects(reportComment(await requestAs(payload, first), id, { reason: 'spam' }))).status).toBe(409)
    expect((await rejects(reportComment(await requestAs(payload, second), id, { reason: 'because' }))).status).toBe(400)
    expect((await rejects(reportComment(await requestAs(payload, null), id, { reason: 'spam' }))).status).toBe(401)
    expect((await stored(id)).status).toBe('approved')
    await reportComment(await requestAs(payload, second), id, { reason: 'off-topic' })
    const held = await stored(id)
    expect(held).toMatchObject({ status: 'pending', reportCount: 2 })
    expect(held.moderationReasons?.at(-1)?.code).toBe('reported')
    await setCommentSettings(payload, {})
  })

  it('dismisses the reports when a moderator approves the comment: the count drops, the reports stay on record', async () => {
    await setCommentSettings(payload, { reportsToHold: 2 })
    const author = await createReader(payload)
    const id = (await post(author, { body: 'Reported, then cleared' })).body.comment!.id
    const [first, second, third] = await Promise.all([createReader(payload), createReader(payload), createReader(payload)])
    await reportComment(await requestAs(payload, first), id, { reason: 'abuse' })
    await reportComment(await requestAs(payload, second), id, { reason: 'spam' })
    expect(await stored(id)).toMatchObject({ status: 'pending', reportCount: 2 })

    await moderateComments(await requestAs(payload, staff.moderator), { ids: [id], action: 'approve' })
    expect(await stored(id)).toMatchObject({ status: 'approved', reportCount: 0 })
    const reports = await payload.find({
      collection: 'comment-reports',
      where: { comment: { equals: id } },
      depth: 0,
      overrideAccess: true,
    })
    expect(reports.docs).toHaveLength(2)
    for (const report of reports.docs) {
      expect(report.dismissedAt).toBeTruthy()
      expect(report.dismissedBy).toBe(staff.moderator.id)
    }
    // A new report counts from zero: one is not enough to hold it again.
    await reportComment(await requestAs(payload, third), id, { reason: 'off-topic' })
    expect(await stored(id)).toMatchObject({ status: 'approved', reportCount: 1 })
    await setCommentSettings(payload, {})
  })
})

describe('safety of retries, limits and concurrency', () => {
  it('replays a retried post with the same Idempotency-Key and refuses the key for another body', async () => {
    const reader = await createReader(payload)
    const first = await post(reader, { body: 'Only once' }, { 'idempotency-key': 'key-123' })
    const retry = await post(reader, { body: 'Only once' }, { 'idempotency-key': 'key-123' })
    expect(first.status).toBe(201)
    expect(retry).toMatchObject({ status: 200, body: { replayed: true, comment: { id: first.body.comment!.id } } })
    expect((await rejects(post(reader, { body: 'Something else' }, { 'idempotency-key': 'key-123' }))).status).toBe(409)
    // Keys belong to their reader: another reader's same key is a new comment.
    expect((await post(await createReader(payload), { body: 'Only once' }, { 'idempotency-key': 'key-123' })).status).toBe(201)
    expect((await rejects(post(reader, { body: 'x' }, { 'idempotency-key': 'spaces are not allowed' }))).status).toBe(400)
  })

  it('limits comments per reader with a 429 and Retry-After', async () => {
    await setCommentSettings(payload, { readerRateLimit: { max: 2, windowSeconds: 120 } })
    const reader = await createReader(payload)
    await post(reader, { body: 'one' })
    await post(reader, { body: 'two' })
    const req = await requestAs(payload, reader)
    const refused = await rejects(postComment(req, { article: article.id, body: 'three', formShownAt: shownLongAgo() }))
    expect(refused.status).toBe(429)
    expect(Number(req.responseHeaders?.get('Retry-After'))).toBeGreaterThan(100)
    await setCommentSettings(payload, {})
  })

  it('limits comments per network address, guests included', async () => {
    await setCommentSettings(payload, { guestsAllowed: true, ipRateLimit: { max: 2, windowSeconds: 600 } })
    const address = { 'x-newsroom-client-ip': '198.51.100.99' }
    const guest = { guestName: 'Guest', guestEmail: 'guest@example.org' }
    await post(null, { body: 'one', ...guest }, address)
    await post(await createReader(payload), { body: 'two' }, address)
    const refused = await rejects(post(null, { body: 'three', ...guest }, address))
    expect(refused.status).toBe(429)
    expect(refused.message).toMatch(/network address/)
    expect((await post(null, { body: 'elsewhere', ...guest }, { 'x-newsroom-client-ip': '198.51.100.100' })).status).toBe(201)
    await setCommentSettings(payload, {})
  })

  it('keeps the approved count exact under 50 parallel posts and moderation changes', async () => {
    await setCommentSettings(payload, { mode: 'pre' })
    const own = await publishedArticle()
    const readers = await Promise.all(Array.from({ length: 10 }, () => createReader(payload)))
    const seeded = await Promise.all(readers.map((reader, i) => post(reader, { article: own.id, body: `Seed ${i}` })))
    const moderator = await requestAs(payload, staff.moderator)
    await setCommentSettings(payload, { mode: 'post' })
    const work: Promise<unknown>[] = []
    for (let i = 0; i < 50; i += 1) work.push(post(readers[i % readers.length], { article: own.id, body: `Parallel ${i}` }))
    for (const [i, seed] of seeded.entries()) {
      const action = i % 3 === 0 ? 'reject' : 'approve'
      work.push(requestAs(payload, staff.moderator).then((req) => moderateComments(req, { ids: [seed.body.comment!.id], action })))
    }
    const results = await Promise.allSettled(work)
    expect(results.filter((result) => result.status === 'rejected')).toEqual([])
    expect(await approvedCount(own.id)).toBe(50 + 6)
    expect(await articleCount(own.id)).toBe(50 + 6)
    void moderator
  })
})

describe('reader data and webhooks', () => {
  it('exports a reader’s data and, on account deletion, removes their comments but keeps threads', async () => {
    const own = await publishedArticle()
    const [leaving, staying] = await Promise.all([createReader(payload), createReader(payload)])
    const parent = (await post(leaving, { article: own.id, body: 'I will leave' })).body.comment!.id
    const reply = (await post(staying, { article: own.id, body: 'I stay', parent })).body.comment!.id
    await voteOnComment(await requestAs(payload, leaving), reply, { value: 1 })
    const exported = await exportReaderData(await requestAs(payload, leaving), leaving.id)
    expect(exported.comments.map((comment) => comment.body)).toEqual(['I will leave'])
    expect(exported.votes).toEqual([expect.objectContaining({ comment: reply, value: 1 })])
    expect(JSON.stringify(exported)).not.toMatch(/moderatorNotes|ipHash|hash/)
    await payload.delete({ collection: 'readers', id: leaving.id, user: leaving, overrideAccess: false })
    expect(await stored(parent)).toMatchObject({ status: 'deleted', body: '', author: null })
    expect(await stored(reply)).toMatchObject({ votesUp: 0, score: 0 })
    expect(await articleCount(own.id)).toBe(1)
    const page = await listArticleComments(await requestAs(payload, null), own.id, {})
    expect(page.comments[0]).toMatchObject({ status: 'removed', replies: [{ id: reply }] })
  })

  it('delivers signed webhooks for created, approved and rejected comments', async () => {
    const received: { headers: http.IncomingHttpHeaders; body: string }[] = []
    const receiver = http.createServer((request, response) => {
      let body = ''
      request.on('data', (chunk) => (body += chunk))
      request.on('end', () => {
        received.push({ headers: request.headers, body })
        response.end('ok')
      })
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    const secret = 'a-webhook-secret-of-length'
    try {
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`
      await setCommentSettings(payload, {
        mode: 'pre',
        webhooks: [{ url, secret, events: ['comment.created', 'comment.approved', 'comment.rejected'] }],
      })
      const reader = await createReader(payload)
      const id = (await post(reader, { body: 'Hook me' })).body.comment!.id
      await moderateComments(await requestAs(payload, staff.moderator), { ids: [id], action: 'approve' })
      await moderateComments(await requestAs(payload, staff.moderator), { ids: [id], action: 'reject' })
      // Run the queue until the three deliveries arrive. A delivery that times out on a loaded machine
      // is retried by the job's back-off (2 s, then 4 s), which this loop waits out.
      const ofThisComment = () =>
        received
          .map((delivery) => JSON.parse(delivery.body) as { event: string; comment: { id: string } })
          .filter((event) => event.comment.id === id)
      const deadline = Date.now() + 40_000
      while (ofThisComment().length < 3 && Date.now() < deadline) {
        await payload.jobs.run({ queue: 'default', limit: 100 })
        if (ofThisComment().length < 3) await new Promise((resolve) => setTimeout(resolve, 500))
      }
      // Deliveries are independent jobs: their order is not promised.
      expect(
        ofThisComment()
          .map((event) => event.event)
          .sort(),
      ).toEqual(['comment.approved', 'comment.created', 'comment.rejected'])
      for (const delivery of received) {
        expect(verifyWebhook(secret, delivery.body, String(delivery.headers['x-newsroom-signature']), Math.floor(Date.now() / 1000))).toBe(
          true,
        )
        expect(delivery.body).not.toMatch(/203\.0\.113|readers\.test/)
      }
      // One delivery id per event, kept by its retries, so a receiver can drop a repeat.
      const eventByDelivery = new Map<string, string>()
      for (const delivery of received) {
        const { event, comment } = JSON.parse(delivery.body) as { event: string; comment: { id: string } }
        if (comment.id !== id) continue
        const deliveryId = String(delivery.headers['x-newsroom-delivery'] ?? '')
        expect(deliveryId).not.toBe('')
        expect(eventByDelivery.get(deliveryId) ?? event).toBe(event)
        eventByDelivery.set(deliveryId, event)
      }
      expect(new Set(eventByDelivery.values()).size).toBe(eventByDelivery.size)
    } finally {
      receiver.close()
      await setCommentSettings(payload, {})
    }
  })
})

export type { PayloadRequest }
