import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { articlePath } from '@/lib/articles/paths'
import { articleData, createFixtures, createStaff, testPayload, unique, type Fixtures, type Staff } from './helpers/payload'

let payload: Payload
let staff: Staff
let fixtures: Fixtures

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
  fixtures = await createFixtures(payload)
})

afterAll(async () => {
  await payload?.destroy()
})

describe('articles', () => {
  it('makes a URL-safe slug from the title and keeps an edited one', async () => {
    const made = await payload.create({
      collection: 'articles',
      // No slug given: it is made from the title.
      data: {
        ...articleData(fixtures, { title: 'Café owners fear “summer of roadworks” & detours', _status: 'published' }),
        slug: undefined as unknown as string,
      },
      user: staff.editor,
      overrideAccess: false,
    })
    expect(made.slug).toMatch(/^cafe-owners-fear-summer-of-roadworks-and-detours$/)

    const typed = await payload.create({
      collection: 'articles',
      data: articleData(fixtures, { slug: `Hand Typed: ${unique('Slug')}!`, _status: 'published' }),
      user: staff.editor,
      overrideAccess: false,
    })
    expect(typed.slug).toMatch(/^hand-typed-slug-[a-z0-9-]+$/)
    await payload.delete({ collection: 'articles', id: made.id, overrideAccess: true })
  })

  it('lets several untitled drafts exist at once (no slug yet, not an empty one)', async () => {
    // What the admin's "Create new" does on opening, autosave being on: a draft with no title.
    const untitled = () =>
      payload.create({
        collection: 'articles',
        draft: true,
        data: { _status: 'draft' } as never,
        user: staff.editor,
        overrideAccess: false,
      })
    const first = await untitled()
    const second = await untitled()
    expect(first.slug ?? null).toBeNull()
    expect(second.slug ?? null).toBeNull()
    const cleared = await payload.update({ collection: 'articles', id: second.id, draft: true, data: { slug: '' }, overrideAccess: true })
    expect(cleared.slug ?? null).toBeNull()
    for (const { id } of [first, second]) await payload.delete({ collection: 'articles', id, overrideAccess: true })
  })

  it('refuses a duplicate slug, naming the field, and writes nothing', async () => {
    const slug = unique('dup')
    await payload.create({ collection: 'articles', data: articleData(fixtures, { slug, _status: 'published' }), overrideAccess: true })
    const before = await payload.count({ collection: 'articles', overrideAccess: true })
    await expect(
      payload.create({ collection: 'articles', data: articleData(fixtures, { slug, _status: 'published' }), overrideAccess: true }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [expect.objectContaining({ path: 'slug' })] } })
    expect((await payload.count({ collection: 'articles', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })

  it('refuses a dek over 300 characters and a missing primary section when publishing', async () => {
    await expect(
      payload.create({
        collection: 'articles',
        data: articleData(fixtures, { dek: 'x'.repeat(301), _status: 'published' }),
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [expect.objectContaining({ path: 'dek' })] } })
    const { section: _omit, ...withoutSection } = articleData(fixtures, { _status: 'published' })
    await expect(payload.create({ collection: 'articles', data: withoutSection as never, overrideAccess: true })).rejects.toMatchObject({
      status: 400,
      data: { errors: [expect.objectContaining({ path: 'section' })] },
    })
  })

  it('sets firstPublishedAt once, at first publish, and keeps it through later edits', async () => {
    const draft = await payload.create({
      collection: 'articles',
      draft: true,
      data: articleData(fixtures, { _status: 'draft' }),
      user: staff.author,
      overrideAccess: false,
    })
    expect(draft.firstPublishedAt ?? null).toBeNull()

    const published = await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { _status: 'published' },
      user: staff.editor,
      overrideAccess: false,
    })
    expect(published.firstPublishedAt).toBeTruthy()

    const edited = await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { title: 'A later edit', _status: 'published', firstPublishedAt: '2001-01-01T00:00:00.000Z' },
      user: staff.editor,
      overrideAccess: false,
    })
    expect(edited.firstPublishedAt).toBe(published.firstPublishedAt)
    expect(new Date(edited.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(published.updatedAt).getTime())
  })

  it('marks a story "Updated" only when a published change reaches readers', async () => {
    const update = (id: string, data: Record<string, unknown>, draft = false) =>
      payload.update({ collection: 'articles', id, data, draft, user: staff.editor, overrideAccess: false })
    const story = await payload.create({
      collection: 'articles',
      data: articleData(fixtures, { _status: 'published' }),
      user: staff.editor,
      overrideAccess: false,
    })
    expect(story.revisedAt ?? null).toBeNull()
    // Not for readers: a flag, a re-publish with nothing changed, a draft of a change.
    expect((await update(story.id, { featured: true, _status: 'published' })).revisedAt ?? null).toBeNull()
    expect((await update(story.id, { _status: 'published' })).revisedAt ?? null).toBeNull()
    expect((await update(story.id, { dek: 'A draft of a better dek.', _status: 'draft' }, true)).revisedAt ?? null).toBeNull()
    // Publishing that draft changes what readers see.
    const revised = await update(story.id, { dek: 'A draft of a better dek.', _status: 'published' })
    expect(revised.revisedAt).toBeTruthy()
    const again = await update(story.id, { featured: false, _status: 'published' })
    expect(again.revisedAt).toBe(revised.revisedAt)
  })

  it('computes the reading time from the body', async () => {
    const words = Array.from({ length: 460 }, () => 'word').join(' ')
    const article = await payload.create({
      collection: 'articles',
      data: articleData(fixtures, { _status: 'published' }, [{ type: 'p', text: words }]),
      overrideAccess: true,
    })
    expect(article.readingTimeMinutes).toBe(2)
  })

  it('records a 301 redirect from the old URL when a published slug changes', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: articleData(fixtures, { slug: unique('before'), _status: 'published' }),
      overrideAccess: true,
    })
    const renamed = await payload.update({
      collection: 'articles',
      id: article.id,
      data: { slug: unique('after'), _status: 'published' },
      user: staff.editor,
      overrideAccess: false,
    })
    const redirects = await payload.find({ collection: 'redirects', where: { from: { equals: articlePath(article.slug ?? '') } } })
    expect(redirects.docs).toHaveLength(1)
    expect(redirects.docs[0].type).toBe('301')
    const target = redirects.docs[0].to?.reference?.value
    expect(typeof target === 'object' ? target?.id : target).toBe(renamed.id)
  })

  it('records the redirect when the new slug was autosaved as a draft before publishing, as the admin does', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: articleData(fixtures, { slug: unique('published-as'), _status: 'published' }),
      overrideAccess: true,
    })
    const slug = unique('renamed-in-admin')
    // Autosave: a draft with the new slug, then "Publish changes".
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { slug },
      draft: true,
      autosave: true,
      user: staff.editor,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { slug, _status: 'published' },
      user: staff.editor,
      overrideAccess: false,
    })
    const redirects = await payload.find({ collection: 'redirects', where: { from: { equals: articlePath(article.slug ?? '') } } })
    expect(redirects.docs).toHaveLength(1)
    const target = redirects.docs[0].to?.reference?.value
    expect(typeof target === 'object' ? target?.id : target).toBe(article.id)
  })

  it('keeps versions and restores an earlier one', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: articleData(fixtures, { title: 'First version', _status: 'published' }),
      overrideAccess: true,
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { title: 'Second version', _status: 'published' },
      overrideAccess: true,
    })
    const versions = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: article.id } },
      sort: 'createdAt',
      overrideAccess: true,
    })
    expect(versions.docs.length).toBeGreaterThanOrEqual(2)
    const first = versions.docs.find((version) => version.version.title === 'First version')
    expect(first).toBeTruthy()
    await payload.restoreVersion({ collection: 'articles', id: first!.id, overrideAccess: true })
    const restored = await payload.findByID({ collection: 'articles', id: article.id, overrideAccess: true })
    expect(restored.title).toBe('First version')
  })

  it('publishes a scheduled article when its job runs', async () => {
    const draft = await payload.create({
      collection: 'articles',
      draft: true,
      data: articleData(fixtures, { _status: 'draft' }),
      overrideAccess: true,
    })
    const publishJob = await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: String(draft.id) } },
      waitUntil: new Date(Date.now() - 1000),
    })
    await payload.jobs.runByID({ id: publishJob.id })
    const after = await payload.findByID({ collection: 'articles', id: draft.id, overrideAccess: true })
    expect(after._status).toBe('published')
    expect(after.firstPublishedAt).toBeTruthy()

    const unpublishJob = await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'unpublish', doc: { relationTo: 'articles', value: String(draft.id) } },
      waitUntil: new Date(Date.now() - 1000),
    })
    await payload.jobs.runByID({ id: unpublishJob.id })
    const unpublished = await payload.findByID({ collection: 'articles', id: draft.id, overrideAccess: true })
    expect(unpublished._status).toBe('draft')
    const anonymous = await payload.find({ collection: 'articles', where: { id: { equals: draft.id } }, overrideAccess: false })
    expect(anonymous.totalDocs).toBe(0)
  })
})
