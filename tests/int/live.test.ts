import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { commentEventBus, liveCommentsResponse, openLiveConnections } from '@/comments/services/live'
import type { Article } from '@/payload-types'
import { requestAs } from './helpers/comments'
import { articleData, createFixtures, testPayload } from './helpers/payload'

let payload: Payload
let article: Article

beforeAll(async () => {
  payload = await testPayload()
  article = await payload.create({
    collection: 'articles',
    data: articleData(await createFixtures(payload), { _status: 'published' }),
    overrideAccess: true,
  })
})

describe('live stream bounds', () => {
  it('drops a client that stops reading instead of buffering for it without limit', async () => {
    const before = openLiveConnections()
    const response = await liveCommentsResponse(await requestAs(payload, null), article)
    const reader = response.body!.getReader()
    await reader.read() // the greeting; after this the client reads nothing more
    expect(openLiveConnections()).toBe(before + 1)
    const bus = commentEventBus(payload)
    for (let i = 0; i < 400; i += 1) await bus.publish({ kind: 'count', articleId: article.id })
    const deadline = Date.now() + 15_000
    while (openLiveConnections() > before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
    expect(openLiveConnections()).toBe(before)
    await reader.cancel()
  })
})
