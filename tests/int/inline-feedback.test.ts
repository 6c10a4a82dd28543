import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { inlineFeedback, listArticleComments } from '@/comments/services/listing'
import { postComment, type PostCommentInput } from '@/comments/services/posting'
import { lexicalFromBlocks, type TextBlock } from '@/lib/lexical/from-blocks'
import type { Article } from '@/payload-types'
import { createReader, requestAs, setCommentSettings, shownLongAgo, type TestReader } from './helpers/comments'
import { articleData, createFixtures, testPayload, type Fixtures } from './helpers/payload'

let payload: Payload
let fixtures: Fixtures
let reader: TestReader

const paragraphs = [
  'The council voted on Tuesday to close the harbour bridge for six weeks of repairs.',
  'Ferry sailings will double while the bridge is shut, the operator said.',
  'Residents on the quay complained about night work. The council said night work keeps the closure short.',
]
const body = (texts: string[]) => lexicalFromBlocks(texts.map((text): TextBlock => ({ type: 'p', text }))) as Article['body']

async function article(texts = paragraphs): Promise<Article> {
  return payload.create({
    collection: 'articles',
    data: articleData(fixtures, { _status: 'published', body: body(texts) }),
    overrideAccess: true,
  })
}

async function feedback(articleId: string, quote: unknown, extra: PostCommentInput = {}) {
  return postComment(await requestAs(payload, reader), {
    article: articleId,
    body: 'About this passage',
    formShownAt: shownLongAgo(),
    quote,
    ...extra,
  })
}

async function refused(promise: Promise<unknown>): Promise<{ status: number; message: string; data?: { parameter?: string } }> {
  try {
    await promise
  } catch (error) {
    return error as { status: number; message: string }
  }
  throw new Error('expected a refusal')
}

beforeAll(async () => {
  payload = await testPayload()
  fixtures = await createFixtures(payload)
  await setCommentSettings(payload, {})
  reader = await createReader(payload)
})

describe('inline feedback', () => {
  it('anchors a selection from the article text and groups feedback by passage with counts', async () => {
    const own = await article()
    const first = await feedback(own.id, { exact: 'six weeks of repairs', blockIndex: 0 })
    expect(first.status).toBe(201)
    const start = paragraphs[0].indexOf('six weeks of repairs')
    expect(first.body.comment?.quote).toEqual({ exact: 'six weeks of repairs', status: 'exact', blockIndex: 0, start, end: start + 20 })
    await feedback(own.id, { exact: 'weeks of repairs.' })
    await feedback(own.id, { exact: 'Ferry sailings will double' })
    const marks = await inlineFeedback(await requestAs(payload, null), own.id)
    expect(marks.total).toBe(3)
    expect(marks.passages.map((passage) => [passage.blockIndex, passage.count, passage.text, passage.status])).toEqual([
      [0, 2, 'six weeks of repairs.', 'exact'],
      [1, 1, 'Ferry sailings will double', 'exact'],
    ])
    const thread = await listArticleComments(await requestAs(payload, null), own.id, { sort: 'oldest' })
    expect(thread.comments[0].quote?.exact).toBe('six weeks of repairs')
  })

  it('tells a repeated phrase apart by its context and block', async () => {
    const own = await article()
    const second = await feedback(own.id, { exact: 'night work', prefix: 'The council said ', blockIndex: 2 })
    // The second "night work" of the paragraph, the one the context points at.
    expect(second.body.comment?.quote).toMatchObject({ blockIndex: 2, start: paragraphs[2].lastIndexOf('night work') })
  })

  it('re-resolves after an editor changes the article: moved, edited, gone', async () => {
    const own = await article()
    const moved = (await feedback(own.id, { exact: 'Ferry sailings will double while the bridge is shut' })).body.comment!.id
    const edited = (await feedback(own.id, { exact: 'complained about night work' })).body.comment!.id
    const deleted = (await feedback(own.id, { exact: 'six weeks of repairs' })).body.comment!.id
    await payload.update({
      collection: 'articles',
      id: own.id,
      data: {
        body: body([
          'A new opening paragraph was added above everything.',
          'Residents on the quay complained loudly about night work. The council said night work keeps the closure short.',
          'Ferry sailings will double while the bridge is shut, the operator said.',
          'The council voted on Tuesday to close the harbour bridge.',
        ]),
      },
      overrideAccess: true,
    })
    const marks = await inlineFeedback(await requestAs(payload, null), own.id)
    const statusOf = (id: string) => marks.passages.find((passage) => passage.commentIds.includes(id))?.status
    expect(statusOf(moved)).toBe('moved')
    expect(statusOf(edited)).toBe('fuzzy')
    expect(statusOf(deleted)).toBe('orphaned')
    const orphaned = marks.passages.find((passage) => passage.status === 'orphaned')
    expect(orphaned).toMatchObject({ blockIndex: null, text: 'six weeks of repairs' })
  })

  it('refuses selections that match nothing, are too long or malformed, and quotes on replies', async () => {
    const own = await article()
    const before = (await payload.count({ collection: 'comments', overrideAccess: true })).totalDocs
    expect(await refused(feedback(own.id, { exact: 'words that are not in the article' }))).toMatchObject({
      status: 400,
      message: 'The selected passage is not in the article.',
    })
    expect((await refused(feedback(own.id, { exact: 'x'.repeat(501) }))).status).toBe(400)
    expect((await refused(feedback(own.id, { exact: '   ' }))).status).toBe(400)
    expect((await refused(feedback(own.id, 'six weeks'))).status).toBe(400)
    expect((await refused(feedback(own.id, { exact: 42 }))).status).toBe(400)
    expect((await refused(feedback(own.id, { exact: 'six weeks', blockIndex: -1 }))).status).toBe(400)
    expect((await refused(feedback(own.id, { exact: 'six weeks', prefix: 'p'.repeat(500) }))).status).toBe(400)
    const parent = (await postComment(await requestAs(payload, reader), { article: own.id, body: 'Plain', formShownAt: shownLongAgo() }))
      .body.comment!.id
    expect((await refused(feedback(own.id, { exact: 'six weeks' }, { parent }))).status).toBe(400)
    expect((await payload.count({ collection: 'comments', overrideAccess: true })).totalDocs).toBe(before + 1)
  })
})
