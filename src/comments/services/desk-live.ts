import type { PayloadRequest } from 'payload'

import { settings } from '@/lib/config/settings'
import type { DeskFilter } from '../domain/moderation-desk'
import { commentEventBus, EVENT_STREAM_HEADERS, tooMany } from './live'
import { ALL_ARTICLES } from './live-bus/types'
import { deskCounts, requireModerator } from './moderation-desk'

/** Comments arrive in bursts: one count of the queues per this long, however many arrived. */
const SETTLE_MS = 400
/** Desks open on this process at most (each holds a connection and counts on every change). */
const MAX_DESKS = 50

let openDesks = 0

/**
 * `GET /api/comments/desk/live`: Server-Sent Events for an open moderation desk. A `counts` event
 * (every queue's count, narrowed like the desk) at once, and again soon after any comment anywhere
 * arrives, changes status or is reported, from this process or another (the comment event bus,
 * subscribed for every article). Moderators, editors and admins only.
 */
export async function deskLiveResponse(req: PayloadRequest, filter: Omit<DeskFilter, 'queue'>): Promise<Response> {
  requireModerator(req)
  if (openDesks >= MAX_DESKS) return tooMany()
  const bus = commentEventBus(req.payload)
  await bus.listening()
  openDesks++
  const encoder = new TextEncoder()
  let stop: () => void = () => undefined
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false
      let pending: ReturnType<typeof setTimeout> | null = null
      const write = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text))
      }
      const sendCounts = async () => {
        pending = null
        const counts = await deskCounts(req, filter).catch(() => null)
        if (counts) write(`event: counts\ndata: ${JSON.stringify(counts)}\n\n`)
      }
      const soon = () => {
        pending ??= setTimeout(() => void sendCounts(), SETTLE_MS)
      }
      const unsubscribe = bus.subscribe(ALL_ARTICLES, (event) => {
        if (event.kind === 'queue' || event.kind === 'resync') soon()
      })
      const heartbeat = setInterval(() => write(`: heartbeat ${Date.now()}\n\n`), settings.liveHeartbeatMs)
      const signal = (req as { signal?: AbortSignal }).signal
      stop = () => {
        if (closed) return
        closed = true
        openDesks--
        unsubscribe()
        clearInterval(heartbeat)
        if (pending) clearTimeout(pending)
        signal?.removeEventListener('abort', stop)
        try {
          controller.close()
        } catch {
          // already closed by the client
        }
      }
      signal?.addEventListener('abort', stop)
      write('retry: 3000\n: the moderation desk\n\n')
      void sendCounts()
    },
    cancel() {
      stop()
    },
  })
  return new Response(stream, { headers: EVENT_STREAM_HEADERS })
}
