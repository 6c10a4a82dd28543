import type { PayloadRequest } from 'payload'

import { settings } from '@/lib/config/settings'
import type { DeskFilter } from '../domain/moderation-desk'
import { eventStreamResponse, tooManyLiveConnections } from '@/lib/http/event-stream'
import { commentEventBus, MAX_UNREAD_EVENTS } from './live'
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
  if (openDesks >= MAX_DESKS) return tooManyLiveConnections()
  const bus = commentEventBus(req.payload)
  await bus.listening()
  openDesks++
  return eventStreamResponse({
    greeting: 'the moderation desk',
    heartbeatMs: settings.liveHeartbeatMs,
    maxUnread: MAX_UNREAD_EVENTS,
    signal: (req as { signal?: AbortSignal }).signal,
    start({ write, onEnd }) {
      let pending: ReturnType<typeof setTimeout> | null = null
      const sendCounts = async () => {
        pending = null
        const counts = await deskCounts(req, filter).catch(() => null)
        if (counts) write(`event: counts\ndata: ${JSON.stringify(counts)}\n\n`)
      }
      onEnd(() => {
        openDesks--
        if (pending) clearTimeout(pending)
      })
      onEnd(
        bus.subscribe(ALL_ARTICLES, (event) => {
          if (event.kind === 'queue' || event.kind === 'resync') pending ??= setTimeout(() => void sendCounts(), SETTLE_MS)
        }),
      )
      void sendCounts()
    },
  })
}
