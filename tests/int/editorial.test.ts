import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { mostCommentedToday } from '@/comments/services/most-commented'
import { notifyFailedSchedules, removeAbandonedDrafts } from '@/editorial/services/housekeeping'
import { publishSchedules } from '@/editorial/services/schedules'
import { createReader } from './helpers/comments'
import { articleData, createFixtures, createStaff, testPayload, type Fixtures, type Staff } from './helpers/payload'

/**
 * The editorial desk's housekeeping on a real database: untitled drafts "Create New" left behind
 * go after an hour; a failed scheduled publish and a piece marked ready for review are mailed
 * (queued as sendStaffNotice jobs) to the right people, once.
 */
let payload: Payload
let staff: Staff
let fixtures: Fixtures
const HOUR = 3_600_000

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
  fixtures = await createFixtures(payload)
})

async function noticesTo(subject: string): Promise<string[]> {
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'sendStaffNotice' } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return jobs.docs
    .map((job) => job.input as { to: string; subject: string })
    .filter((input) => input.subject === subject)
    .map((input) => input.to)
    .sort()
}

describe('untitled drafts nobody wrote in', () => {
  it('are removed after an hour; a titled draft and a fresh untitled one stay', async () => {
    const untitled = await payload.create({ collection: 'articles', data: {} as never, draft: true, overrideAccess: true })
    const titled = await payload.create({
      collection: 'articles',
      data: { title: 'A draft in progress' } as never,
      draft: true,
      overrideAccess: true,
    })
    expect(await removeAbandonedDrafts(payload, new Date())).not.toContain(untitled.id)
    const removed = await removeAbandonedDrafts(payload, new Date(Date.now() + 2 * HOUR))
    expect(removed).toContain(untitled.id)
    expect(removed).not.toContain(titled.id)
    expect(
      await payload.findByID({ collection: 'articles', id: untitled.id, draft: true, overrideAccess: true, disableErrors: true }),
    ).toBeNull()
    expect((await payload.findByID({ collection: 'articles', id: titled.id, draft: true, overrideAccess: true })).title).toBe(
      'A draft in progress',
    )
  })

  it('never removes a published story whose newest draft was emptied', async () => {
    const live = await payload.create({
      collection: 'articles',
      data: { ...articleData(fixtures), _status: 'published' },
      overrideAccess: true,
    })
    await payload.update({
      collection: 'articles',
      id: live.id,
      data: { title: '', firstPublishedAt: null } as never,
      draft: true,
      overrideAccess: true,
    })
    expect(await removeAbandonedDrafts(payload, new Date(Date.now() + 2 * HOUR))).not.toContain(live.id)
    expect((await payload.findByID({ collection: 'articles', id: live.id, overrideAccess: true }))._status).toBe('published')
  })
})

describe('a scheduled publish that failed', () => {
  it('is mailed once to the writer, the editors and the admins', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: articleData(fixtures, { title: 'The scheduled story that failed' }),
      draft: true,
      user: staff.author,
      overrideAccess: true,
    })
    const job = await payload.create({
      collection: 'payload-jobs',
      data: {
        taskSlug: 'schedulePublish',
        input: { doc: { relationTo: 'articles', value: draft.id }, type: 'publish' },
        waitUntil: '2026-12-06T09:00:00.000Z',
        hasError: true,
        error: { message: 'A hero image is required to publish.' },
      },
      overrideAccess: true,
    })
    expect(await notifyFailedSchedules(payload)).toContain(String(job.id))
    const subject = 'Scheduled publishing failed: The scheduled story that failed'
    const editors = await payload.find({
      collection: 'users',
      where: { role: { in: ['editor', 'admin'] } },
      pagination: false,
      overrideAccess: true,
    })
    expect(await noticesTo(subject)).toEqual([...new Set([...editors.docs.map((user) => user.email), staff.author.email])].sort())
    expect(await notifyFailedSchedules(payload)).not.toContain(String(job.id))
    expect((await noticesTo(subject)).length).toBe(new Set([...editors.docs.map((user) => user.email), staff.author.email]).size)
  })
})

describe('ready for review', () => {
  it('mails the editors and admins once when an author ticks it, not on the autosaves after', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: articleData(fixtures, { title: 'A piece for the editors' }),
      draft: true,
      user: staff.author,
      overrideAccess: true,
    })
    const subject = 'Ready for review: A piece for the editors'
    expect(await noticesTo(subject)).toEqual([])
    await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { readyForReview: true },
      draft: true,
      user: staff.author,
      overrideAccess: true,
    })
    const editors = await payload.find({
      collection: 'users',
      where: { role: { in: ['editor', 'admin'] } },
      pagination: false,
      overrideAccess: true,
    })
    expect(await noticesTo(subject)).toEqual(editors.docs.map((user) => user.email).sort())
    await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { dek: 'Autosaved later.' },
      draft: true,
      user: staff.author,
      overrideAccess: true,
    })
    expect((await noticesTo(subject)).length).toBe(editors.docs.length)
  })
})

describe('the desk at a glance', () => {
  it('knows which drafts a waiting "Schedule publish" will publish, and when', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: articleData(fixtures, { title: 'Goes out on Monday' }),
      draft: true,
      overrideAccess: true,
    })
    const waitUntil = new Date(Date.now() + 3 * 24 * HOUR)
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: draft.id } },
      waitUntil,
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'unpublish', doc: { relationTo: 'articles', value: fixtures.section.id } },
      waitUntil,
    })
    const schedules = await publishSchedules(payload)
    expect(new Date(schedules.get(draft.id)!).toISOString()).toBe(waitUntil.toISOString())
    expect(schedules.has(fixtures.section.id)).toBe(false)
  })

  it('ranks the stories by their published comments of the last 24 hours', async () => {
    const reader = await createReader(payload)
    const story = async (title: string) =>
      payload.create({ collection: 'articles', data: articleData(fixtures, { _status: 'published', title }), overrideAccess: true })
    // Words no other test article uses: related.test.ts expects nothing to score with its own.
    const [busy, quiet] = [await story('Lighthouse keepers reunion'), await story('Harpsichord workshop opens')]
    const comment = (article: string, status: 'approved' | 'pending', createdAt = new Date().toISOString()) =>
      payload.create({
        collection: 'comments',
        data: { article, author: reader.id, body: `A comment ${Math.random()}`, status, createdAt },
        overrideAccess: true,
      })
    for (let n = 0; n < 3; n += 1) await comment(busy.id, 'approved')
    await comment(quiet.id, 'approved')
    for (let n = 0; n < 4; n += 1) await comment(quiet.id, 'pending')
    for (let n = 0; n < 4; n += 1) await comment(quiet.id, 'approved', new Date(Date.now() - 30 * HOUR).toISOString())
    const ranked = await mostCommentedToday(payload, 20)
    const ours = ranked.filter((entry) => [busy.id, quiet.id].includes(entry.id))
    expect(ours).toEqual([
      { id: busy.id, title: 'Lighthouse keepers reunion', comments: 3 },
      { id: quiet.id, title: 'Harpsichord workshop opens', comments: 1 },
    ])
  })
})

describe('who made each version', () => {
  it('keeps the member of staff who saved each version, and no one for a change made without a user', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: articleData(fixtures, { _status: 'draft' }),
      draft: true,
      user: staff.author,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { _status: 'published' },
      user: staff.editor,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { dek: 'Changed by an import.' },
      draft: true,
      overrideAccess: true,
    })

    const versions = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: article.id } },
      sort: 'createdAt',
      depth: 0,
      overrideAccess: true,
    })
    expect(versions.docs.map((version) => [version.version._status, version.version.lastEditedBy ?? null])).toEqual([
      ['draft', staff.author.id],
      ['published', staff.editor.id],
      ['draft', null],
    ])
    // A value sent by a client is ignored: the hook decides.
    const sent = await payload.update({
      collection: 'articles',
      id: article.id,
      data: { lastEditedBy: staff.admin.id, dek: 'Another change.' },
      draft: true,
      depth: 0,
      user: staff.editor,
      overrideAccess: false,
    })
    expect(sent.lastEditedBy).toBe(staff.editor.id)
  })
})
