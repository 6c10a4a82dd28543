import pg from 'pg'

import { ListenerRegistry } from './local-bus'
import { isCommentEvent, type CommentEvent, type CommentEventBus } from './types'
import { settings } from '@/lib/config/settings'
import { readFromPrimaryFor } from '@/lib/replicas/routing'

export const COMMENT_CHANNEL = 'newsroom_comments'

/** The NOTIFY payload (ids only: well under PostgreSQL's 8,000-byte limit). */
export function notifyPayload(event: CommentEvent): string {
  return JSON.stringify(event)
}

type Logger = { warn(object: unknown, message: string): void; info(object: unknown, message: string): void }

/**
 * Listens on PostgreSQL's `LISTEN newsroom_comments` with a dedicated connection, opened on the
 * first subscriber, and dispatches to this process's listeners. Writers `NOTIFY` inside their own
 * transaction, so an event is heard only once its change is committed, by every process. A lost
 * connection is re-opened with back-off; listeners are told to resync, since NOTIFYs sent meanwhile
 * are gone.
 */
export function postgresEventBus(options: { connectionString: string; logger: Logger }): CommentEventBus {
  const listeners = new ListenerRegistry()
  let client: pg.Client | null = null
  let connecting: Promise<void> | null = null
  let closed = false
  let delay = 500

  const connect = (): Promise<void> => {
    if (connecting) return connecting
    connecting = (async () => {
      const next = new pg.Client({ connectionString: options.connectionString, connectionTimeoutMillis: 5000 })
      next.on('notification', (message) => {
        try {
          const event = JSON.parse(message.payload ?? '')
          if (!isCommentEvent(event)) return
          // Another process's committed write: the lookups this event starts must not ask a replica
          // that has not replayed it yet (a new comment not found there was never sent).
          readFromPrimaryFor(settings.readPrimaryAfterWriteMs)
          listeners.dispatch(event)
        } catch {
          // not ours
        }
      })
      next.on('error', () => lost(next))
      next.on('end', () => lost(next))
      await next.connect()
      await next.query(`LISTEN ${COMMENT_CHANNEL}`)
      client = next
      delay = 500
    })()
      .catch((error: unknown) => {
        options.logger.warn({ err: error }, 'live comments: cannot listen on PostgreSQL; retrying')
        setTimeout(() => lost(null), 0)
      })
      .finally(() => {
        connecting = null
      })
    return connecting
  }

  const lost = (which: pg.Client | null) => {
    if (which && client !== which) return
    client = null
    if (closed) return
    listeners.resyncAll()
    const wait = delay
    delay = Math.min(delay * 2, 30_000)
    setTimeout(() => {
      if (!closed && !client && listeners.count() > 0) void connect()
    }, wait).unref()
  }

  return {
    subscribe(articleId, listener) {
      const remove = listeners.add(articleId, listener)
      if (!client && !connecting) void connect()
      return remove
    },
    listening: async () => {
      if (client) return true
      await (connecting ?? connect())
      return client !== null
    },
    listenerCount: () => listeners.count(),
    close: async () => {
      closed = true
      await client?.end().catch(() => undefined)
      client = null
    },
  }
}
