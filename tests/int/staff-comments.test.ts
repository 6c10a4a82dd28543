import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { postComment } from '@/comments/services/posting'
import { requestAs, setCommentSettings, shownLongAgo } from './helpers/comments'
import { articleData, createFixtures, testPayload, unique } from './helpers/payload'

/**
 * A member of staff who answered readers can leave the newsroom: deleting their login keeps their
 * comments (published, now without a staff author). On SQLite the column's foreign key refused the
 * delete until it was declared ON DELETE SET NULL, as Payload's schema says.
 */
let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
  await setCommentSettings(payload, { readerRateLimit: { max: 0, windowSeconds: 60 }, ipRateLimit: { max: 0, windowSeconds: 60 } })
})

it('keeps a departed member of staff’s comments', async () => {
  const fixtures = await createFixtures(payload)
  const article = await payload.create({
    collection: 'articles',
    data: { ...articleData(fixtures), _status: 'published' },
    overrideAccess: true,
  })
  const leaver = await payload.create({
    collection: 'users',
    data: { email: `${unique('leaver')}@newsroom.test`, name: 'Leaving Editor', role: 'editor', password: 'correct-horse-battery' },
    overrideAccess: true,
  })
  const posted = await postComment(await requestAs(payload, { ...leaver, collection: 'users' }), {
    article: article.id,
    body: 'The newsroom answers: the timetable changes on Monday.',
    formShownAt: shownLongAgo(),
  })
  expect(posted.status).toBe(201)
  const id = posted.body.comment!.id

  await payload.delete({ collection: 'users', id: leaver.id, overrideAccess: true })
  const kept = await payload.findByID({ collection: 'comments', id, depth: 0, overrideAccess: true })
  expect(kept).toMatchObject({ status: 'approved', staffAuthor: null })
})
