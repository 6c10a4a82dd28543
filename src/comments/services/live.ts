import type { Payload, PayloadRequest } from 'payload'

import { pgNotify } from '@/db/postgres-session'
import { localEventBus } from './live-bus/local-bus'
import { COMMENT_CHANNEL, notifyPayload, postgresEventBus } from './live-bus/postgres-bus'
import type { CommentEvent, CommentEventBus } from './live-bus/types'
import type { Article, Comment } from '@/payload-types'
import { toPublic, type PublicComment } from './public'
import { settings } from '@/lib/config/settings'
import { eventStreamResponse, tooManyLiveConnections } from '@/lib/http/event-stream'

type Bus = CommentEventBus & { publish(event: CommentEvent, req?: Partial<PayloadRequest>): Promise<void> }

const buses = new WeakMap<Payload, Bus>()

/**
 * The comment event bus for this process's database: PostgreSQL NOTIFY (sent in the writer's
 * transaction, heard by every process after commit) or, on SQLite and MongoDB, this process alone.
 */
export function commentEventBus(payload: Payload): Bus {
  const cached = buses.get(payload)
  if (cached) return cached
  let bus: Bus
  if (payload.db.name === 'postgres') {
    const listening = postgresEventBus({ connectionString: settings.databaseUrl ?? '', logger: payload.logger })
    bus = {
      ...listening,
      publish: (event, req) => pgNotify(payload, req, COMMENT_CHANNEL, notifyPayload(event)),
    }
  } else {
    const local = localEventBus()
    // After the write: SQLite has no transaction to wait for.
    bus = { ...local, publish: async (event) => local.publish(event) }
  }
  buses.set(payload, bus)
  return bus
}

/**
 * From the comments afterChange hook: a new comment, or a change of status or of open reports,
 * moves the desk's counts (`queue`); a change of visibility moves article pages (`approved`, `count`).
 */
export async function publishCommentChange(payload: Payload, doc: Comment, previous: Comment | null, req: PayloadRequest): Promise<void> {
  const articleId = typeof doc.article === 'object' ? doc.article.id : doc.article
  const bus = commentEventBus(payload)
  const queueMoved = !previous || doc.status !== previous.status || (doc.reportCount ?? 0) !== (previous.reportCount ?? 0)
  if (queueMoved) await bus.publish({ kind: 'queue', articleId, commentId: doc.id }, req)
  const becameVisible = doc.status === 'approved' && previous?.status !== 'approved'
  const leftVisible = doc.status !== 'approved' && previous?.status === 'approved'
  if (!becameVisible && !leftVisible) return
  if (becameVisible) await bus.publish({ kind: 'approved', articleId, commentId: doc.id }, req)
  await bus.publish({ kind: 'count', articleId }, req)
}

/** Live connections this process holds at most (`LIVE_MAX_CONNECTIONS`); more get a 503. */
export const maxLiveConnections = () => settings.liveMaxConnections
const heartbeatMs = () => settings.liveHeartbeatMs
/** Events a client may leave unread before it is dropped (it reconnects and resumes by Last-Event-ID). */
export const MAX_UNREAD_EVENTS = 256
/** Missed comments replayed on reconnect, oldest first. */
const MAX_REPLAY = 100

let open = 0
export const openLiveConnections = () => open

/** `<approvedAt ms>-<comment id>`: what a client sends back as Last-Event-ID to resume. */
const eventId = (comment: Pick<Comment, 'id' | 'approvedAt'>) => `${new Date(comment.approvedAt ?? 0).getTime()}-${comment.id}`
const sinceOf = (lastEventId: string | null): Date | null => {
  const ms = Number(lastEventId?.split('-', 1)[0])
  return lastEventId && Number.isSafeInteger(ms) && ms > 0 ? new Date(ms) : null
}

/** One database read per event per process, shared by every connection that shows it. */
const shaped = new WeakMap<CommentEvent, Promise<{ comment?: PublicComment & { eventId: string }; total?: number } | null>>()

function lookUp(req: PayloadRequest, event: CommentEvent) {
  let found = shaped.get(event)
  if (!found) {
    found = (async () => {
      if (event.kind === 'count') {
        const article = await req.payload.findByID({
          collection: 'articles',
          id: event.articleId,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          select: { commentCount: true },
        })
        return article ? { total: article.commentCount ?? 0 } : null
      }
      const comment = await req.payload.findByID({
        collection: 'comments',
        id: event.commentId!,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })
      if (!comment || comment.status !== 'approved') return null
      const [shape] = await toPublic(req, [comment], { readerId: null, voter: null })
      return { comment: { ...shape, eventId: eventId(comment) } }
    })().catch(() => null)
    shaped.set(event, found)
  }
  return found
}

/**
 * `GET /api/articles/:id/comments/live`: Server-Sent Events for an open article page. `comment`
 * events carry newly approved comments (public shape, `id:` for resuming), `count` events the new
 * total; a comment line every LIVE_HEARTBEAT_MS keeps proxies from closing the connection. A
 * reconnecting client sends Last-Event-ID and first gets what it missed. Connections are bounded
 * per process, and a client that stops reading is dropped rather than buffered without limit.
 */
export async function liveCommentsResponse(req: PayloadRequest, article: Pick<Article, 'id' | 'commentCount'>): Promise<Response> {
  if (open >= maxLiveConnections()) return tooManyLiveConnections()
  const bus = commentEventBus(req.payload)
  // Answer only once this process hears the bus: a client acts as soon as it has the response (it
  // posts, here or on another process), and on PostgreSQL a NOTIFY committed before our LISTEN
  // completed is never delivered to us. The first stream of a process opens that LISTEN connection;
  // answering before it was up lost the first comment (tests/http/live.test.ts, two processes).
  // Database unreachable: answer anyway, the bus keeps reconnecting while it has listeners.
  await bus.listening()
  if (open >= maxLiveConnections()) return tooManyLiveConnections()
  open++
  const resumeFrom = req.headers.get('last-event-id') ?? (typeof req.query?.lastEventId === 'string' ? req.query.lastEventId : null)
  let lastSent = sinceOf(resumeFrom)
  // The comment the client last saw is not sent again (the replay starts at its millisecond).
  const sent = new Set<string>(lastSent && resumeFrom ? [resumeFrom.slice(resumeFrom.indexOf('-') + 1)] : [])

  return eventStreamResponse({
    greeting: `connected to ${article.id}`,
    heartbeatMs: heartbeatMs(),
    maxUnread: MAX_UNREAD_EVENTS,
    signal: (req as { signal?: AbortSignal }).signal,
    start({ write, onEnd }) {
      onEnd(() => open--)
      const sendComment = (comment: PublicComment & { eventId: string }) => {
        if (sent.has(comment.id)) return
        sent.add(comment.id)
        const { eventId: id, ...data } = comment
        lastSent = sinceOf(id) ?? lastSent
        write(`id: ${id}\nevent: comment\ndata: ${JSON.stringify(data)}\n\n`)
      }
      const replay = async () => {
        if (lastSent) for (const comment of await approvedSince(req, article.id, lastSent)) sendComment(comment)
      }
      // Listen first, then replay, so nothing falls between the two (duplicates are dropped by id).
      onEnd(
        bus.subscribe(article.id, (event) => {
          if (event.kind === 'resync') return void replay().catch(() => undefined)
          if (event.kind === 'queue') return // the desk's, not the page's
          void lookUp(req, event).then((found) => {
            if (found?.comment) sendComment(found.comment)
            if (found?.total !== undefined) write(`event: count\ndata: ${JSON.stringify({ totalComments: found.total })}\n\n`)
          })
        }),
      )
      void replay().catch(() => undefined)
    },
  })
}

/** The comments approved on an article since a moment (at most MAX_REPLAY), in order, for a client that reconnects. */
async function approvedSince(req: PayloadRequest, articleId: string, since: Date): Promise<(PublicComment & { eventId: string })[]> {
  const missed = await req.payload.find({
    collection: 'comments',
    where: {
      and: [
        { article: { equals: articleId } },
        { status: { equals: 'approved' } },
        { approvedAt: { greater_than_equal: since.toISOString() } },
      ],
    },
    sort: ['approvedAt', 'id'],
    limit: MAX_REPLAY,
    depth: 0,
    overrideAccess: true,
  })
  const shapes = await toPublic(req, missed.docs, { readerId: null, voter: null })
  return shapes.map((shape, index) => ({ ...shape, eventId: eventId(missed.docs[index]) }))
}
