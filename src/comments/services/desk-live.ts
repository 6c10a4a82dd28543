import type { Payload, PayloadRequest } from 'payload'

import { settings } from '@/lib/config/settings'
import type { DeskFilter, DeskQueue } from '../domain/moderation-desk'
import { eventStreamResponse, tooManyLiveConnections } from '@/lib/http/event-stream'
import { commentEventBus, MAX_UNREAD_EVENTS } from './live'
import { ALL_ARTICLES } from './live-bus/types'
import { countQueues, requireModerator } from './moderation-desk'

/** Comments arrive in bursts: one count of the queues per this long, however many arrived. */
const SETTLE_MS = 400
/**
 * Streams open on this process at most. Every open admin page of a moderator holds one (the
 * navigation's badge), but a browser shares one among its tabs, and the counting is shared too.
 */
const MAX_DESKS = 200

type Filter = Omit<DeskFilter, 'queue'>
type Counts = Record<DeskQueue, number>

/** The desks following one filter: counted once per burst of changes, whoever and however many they are. */
type CountsChannel = { join(send: (counts: Counts) => void): () => void }

const channels = new Map<string, CountsChannel>()
let openDesks = 0

const channelKey = (filter: Filter) => JSON.stringify([filter.article ?? '', filter.reader ?? '', filter.guestEmail ?? ''])

function channelFor(payload: Payload, filter: Filter): CountsChannel {
  const key = channelKey(filter)
  const existing = channels.get(key)
  if (existing) return existing
  const desks = new Set<(counts: Counts) => void>()
  let pending: ReturnType<typeof setTimeout> | null = null
  const countForAll = async () => {
    pending = null
    const counts = await countQueues(payload, filter).catch(() => null)
    if (counts) for (const send of desks) send(counts)
  }
  const unsubscribe = commentEventBus(payload).subscribe(ALL_ARTICLES, (event) => {
    if (event.kind === 'queue' || event.kind === 'resync') pending ??= setTimeout(() => void countForAll(), SETTLE_MS)
  })
  const channel: CountsChannel = {
    join(send) {
      desks.add(send)
      // The newcomer's first counts are its own: the others already have theirs.
      void countQueues(payload, filter).then(send, () => undefined)
      return () => {
        desks.delete(send)
        if (desks.size > 0) return
        unsubscribe()
        if (pending) clearTimeout(pending)
        channels.delete(key)
      }
    },
  }
  channels.set(key, channel)
  return channel
}

/**
 * `GET /api/comments/desk/live`: Server-Sent Events for an open moderation desk or the admin's
 * navigation badge. A `counts` event (every queue's count, narrowed like the desk) at once, and
 * again soon after any comment anywhere arrives, changes status or is reported, from this process
 * or another (the comment event bus, subscribed for every article). Moderators, editors and admins only.
 */
export async function deskLiveResponse(req: PayloadRequest, filter: Filter): Promise<Response> {
  requireModerator(req)
  if (openDesks >= MAX_DESKS) return tooManyLiveConnections()
  await commentEventBus(req.payload).listening()
  openDesks++
  return eventStreamResponse({
    greeting: 'the moderation desk',
    heartbeatMs: settings.liveHeartbeatMs,
    maxUnread: MAX_UNREAD_EVENTS,
    signal: (req as { signal?: AbortSignal }).signal,
    start({ write, onEnd }) {
      onEnd(() => openDesks--)
      onEnd(channelFor(req.payload, filter).join((counts) => write(`event: counts\ndata: ${JSON.stringify(counts)}\n\n`)))
    },
  })
}
