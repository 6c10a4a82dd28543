import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { computeRelated } from '@/related/services/related'
import { REPORT_REASONS } from '@/comments/domain/report-reasons'
import { createReader } from './helpers/comments'
import { articleData, createFixtures, testPayload, unique, type Fixtures } from './helpers/payload'

/**
 * Deleting a published story that readers commented on and that the related-stories job has seen
 * (src/collections/Articles/hooks/forget-article.ts). Before, the database refused it: comments,
 * subscriptions and suggestion rows must name an article, so every such delete answered 500.
 */
let payload: Payload
let fixtures: Fixtures

beforeAll(async () => {
  payload = await testPayload()
  fixtures = await createFixtures(payload)
})

const story = (title: string) =>
  payload.create({
    collection: 'articles',
    data: articleData(fixtures, { title, _status: 'published', tags: [] }, [{ type: 'p', text: `${title}: harbour ferry timetable` }]),
    overrideAccess: true,
  })

const count = async (
  collection: 'comments' | 'comment-votes' | 'comment-reports' | 'comment-subscriptions' | 'related-suggestions',
  where: object,
) => (await payload.count({ collection, where: where as never, overrideAccess: true })).totalDocs

describe('deleting an article', () => {
  it('takes its comments, votes, reports, subscriptions and related lists with it, and leaves the other lists', async () => {
    const doomed = await story(unique('Doomed story'))
    const neighbour = await story(unique('Neighbour story'))
    await computeRelated(payload, doomed.id)
    await computeRelated(payload, neighbour.id)
    const listed = await payload.find({
      collection: 'related-suggestions',
      where: { article: { equals: neighbour.id } },
      depth: 0,
      overrideAccess: true,
    })
    expect(listed.docs[0].items?.map((item) => item.article)).toContain(doomed.id)

    const reader = await createReader(payload)
    const thread = await payload.create({
      collection: 'comments',
      data: { article: doomed.id, author: reader.id, body: 'A thread to go with the story.', status: 'approved' },
      overrideAccess: true,
    })
    const reply = await payload.create({
      collection: 'comments',
      data: { article: doomed.id, author: reader.id, parent: thread.id, body: 'A reply to it.', status: 'approved' },
      overrideAccess: true,
    })
    await payload.create({
      collection: 'comment-votes',
      data: { comment: reply.id, voter: `reader:${reader.id}`, value: 1 },
      overrideAccess: true,
    })
    await payload.create({
      collection: 'comment-reports',
      data: { comment: thread.id, reporter: reader.id, reason: REPORT_REASONS[0] },
      overrideAccess: true,
    })
    await payload.create({
      collection: 'comment-subscriptions',
      data: { article: doomed.id, email: reader.email, reader: reader.id, scope: 'article', status: 'active' },
      overrideAccess: true,
    })

    await payload.delete({ collection: 'articles', id: doomed.id, overrideAccess: true })

    expect(await count('comments', { article: { equals: doomed.id } })).toBe(0)
    expect(await count('comment-votes', { comment: { equals: reply.id } })).toBe(0)
    expect(await count('comment-reports', { comment: { equals: thread.id } })).toBe(0)
    expect(await count('comment-subscriptions', { article: { equals: doomed.id } })).toBe(0)
    expect(await count('related-suggestions', { article: { equals: doomed.id } })).toBe(0)
    const after = await payload.find({
      collection: 'related-suggestions',
      where: { article: { equals: neighbour.id } },
      depth: 0,
      overrideAccess: true,
    })
    expect(after.docs).toHaveLength(1)
    expect(after.docs[0].items?.map((item) => item.article)).not.toContain(doomed.id)
    // The neighbour and its own comments are untouched.
    expect((await payload.findByID({ collection: 'articles', id: neighbour.id, depth: 0, overrideAccess: true })).id).toBe(neighbour.id)
  })
})
