import { describe, expect, it } from 'vitest'

import { localEventBus } from '@/comments/services/live-bus/local-bus'
import { notifyPayload } from '@/comments/services/live-bus/postgres-bus'
import { ALL_ARTICLES, isCommentEvent, type CommentEvent } from '@/comments/services/live-bus/types'

describe('localEventBus', () => {
  it('delivers an article’s events to its listeners only, until they unsubscribe', () => {
    const bus = localEventBus()
    const heard: string[] = []
    const stopA = bus.subscribe('a', (event) => heard.push(`a:${event.kind}`))
    bus.subscribe('b', (event) => heard.push(`b:${event.kind}`))
    expect(bus.listenerCount()).toBe(2)
    bus.publish({ kind: 'approved', articleId: 'a', commentId: 'c1' })
    bus.publish({ kind: 'count', articleId: 'b' })
    stopA()
    bus.publish({ kind: 'count', articleId: 'a' })
    expect(heard).toEqual(['a:approved', 'b:count'])
    expect(bus.listenerCount()).toBe(1)
  })

  it('delivers every article’s events to a listener of all articles (the moderation desk)', () => {
    const bus = localEventBus()
    const heard: string[] = []
    bus.subscribe(ALL_ARTICLES, (event) => heard.push(`${event.kind === 'resync' ? '' : event.articleId}:${event.kind}`))
    bus.publish({ kind: 'queue', articleId: 'a', commentId: 'c1' })
    bus.publish({ kind: 'count', articleId: 'b' })
    expect(heard).toEqual(['a:queue', 'b:count'])
  })

  it('keeps delivering when one listener throws', () => {
    const bus = localEventBus()
    const heard: string[] = []
    bus.subscribe('a', () => {
      throw new Error('broken connection')
    })
    bus.subscribe('a', (event) => heard.push(event.kind))
    bus.publish({ kind: 'count', articleId: 'a' })
    expect(heard).toEqual(['count'])
  })
})

describe('event payloads', () => {
  it('round-trip through the NOTIFY text and refuse anything else', () => {
    const event: CommentEvent = { kind: 'approved', articleId: 'a', commentId: 'c' }
    expect(isCommentEvent(JSON.parse(notifyPayload(event)))).toBe(true)
    expect(isCommentEvent(JSON.parse(notifyPayload({ kind: 'queue', articleId: 'a', commentId: 'c' })))).toBe(true)
    expect(notifyPayload(event).length).toBeLessThan(8000)
    for (const bad of [
      null,
      {},
      { kind: 'deleted', articleId: 'a' },
      { kind: 'count', articleId: 1 },
      { kind: 'approved', articleId: 'a', commentId: 5 },
    ]) {
      expect(isCommentEvent(bad)).toBe(false)
    }
  })
})
