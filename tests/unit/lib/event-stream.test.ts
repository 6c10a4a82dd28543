import { describe, expect, it } from 'vitest'

import { EVENT_STREAM_HEADERS, eventStreamResponse, type EventStreamControls } from '@/lib/http/event-stream'

const decoder = new TextDecoder()

/** A response whose `start` hands its controls out, and a reader of what it sends. */
function opened(options: { maxUnread?: number; heartbeatMs?: number; signal?: AbortSignal } = {}) {
  let controls: EventStreamControls | undefined
  const ended: string[] = []
  const response = eventStreamResponse({
    greeting: 'hello',
    heartbeatMs: options.heartbeatMs ?? 60_000,
    maxUnread: options.maxUnread ?? 100,
    signal: options.signal,
    start(given) {
      controls = given
      given.onEnd(() => ended.push('first'))
      given.onEnd(() => ended.push('second'))
    },
  })
  const reader = response.body!.getReader()
  const next = async () => {
    const chunk = await reader.read()
    return chunk.done ? null : decoder.decode(chunk.value)
  }
  return { response, controls: controls!, ended, reader, next }
}

describe('eventStreamResponse', () => {
  it('answers with the event-stream headers and greets with the reconnect delay first', async () => {
    const { response, controls, next, reader } = opened()
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': EVENT_STREAM_HEADERS['Content-Type'],
      'cache-control': 'no-cache, no-transform',
    })
    expect(await next()).toBe('retry: 3000\n: hello\n\n')
    controls.write('event: count\ndata: {"n":1}\n\n')
    expect(await next()).toBe('event: count\ndata: {"n":1}\n\n')
    await reader.cancel()
  })

  it('sends a heartbeat comment while nothing else happens', async () => {
    const { next, reader } = opened({ heartbeatMs: 20 })
    await next()
    expect(await next()).toMatch(/^: heartbeat \d+\n\n$/)
    await reader.cancel()
  })

  it('ends once, running every cleanup in order, when the client goes away', async () => {
    const abort = new AbortController()
    const { ended, controls, next } = opened({ signal: abort.signal })
    await next()
    abort.abort()
    abort.abort()
    expect(ended).toEqual(['first', 'second'])
    controls.write('event: late\ndata: {}\n\n')
    expect(await next()).toBeNull()
  })

  it('ends when the client cancels the body', async () => {
    const { ended, reader } = opened()
    await reader.cancel()
    expect(ended).toEqual(['first', 'second'])
  })

  it('drops a client that leaves too many frames unread, rather than buffering without limit', async () => {
    const { ended, controls } = opened({ maxUnread: 3 })
    for (let i = 0; i < 30 && ended.length === 0; i++) controls.write(`data: ${i}\n\n`)
    expect(ended).toEqual(['first', 'second'])
  })
})
