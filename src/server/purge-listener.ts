import pg from 'pg'

import { decodePurge, PURGE_CHANNEL, type PurgeMessage } from '../lib/cache/purge-message'
import type { PageStore } from '../lib/cache/page-store'

/**
 * Every process keeps its own page cache; on PostgreSQL a change saved by any process purges all
 * of them. This listens with one dedicated connection (`LISTEN newsroom_cache`); writers NOTIFY in
 * their transaction, so the purge arrives after the commit. A lost connection is re-opened with
 * back-off, and everything is purged then, since purges sent meanwhile are gone. `onPurge` hears
 * each purge after it is applied (the shared store's after-commit purge hooks in there).
 */
export function listenForPurges(
  connectionString: string,
  store: PageStore,
  log: (message: string) => void,
  onPurge?: (purge: PurgeMessage) => void,
): { close: () => Promise<void> } {
  let client: pg.Client | null = null
  let closed = false
  let delay = 500

  const connect = async () => {
    const next = new pg.Client({ connectionString, connectionTimeoutMillis: 5000 })
    next.on('notification', (message) => {
      const purge = decodePurge(message.payload)
      if (!purge) return
      if ('all' in purge) store.purgeAll()
      else store.purge(purge.tags)
      onPurge?.(purge)
    })
    next.on('error', () => lost(next))
    next.on('end', () => lost(next))
    try {
      await next.connect()
      await next.query(`LISTEN ${PURGE_CHANNEL}`)
      if (closed) return void next.end().catch(() => undefined)
      // Anything purged while we were not listening went unheard.
      if (delay > 500) store.purgeAll()
      client = next
      delay = 500
    } catch {
      lost(next)
    }
  }

  const lost = (which: pg.Client) => {
    if (client && client !== which) return
    client = null
    which.removeAllListeners('end')
    void which.end().catch(() => undefined)
    if (closed) return
    log(`page cache: lost the purge channel; listening again in ${delay} ms`)
    setTimeout(() => void connect(), delay).unref()
    delay = Math.min(delay * 2, 30_000)
  }

  void connect()
  return {
    close: async () => {
      closed = true
      await client?.end().catch(() => undefined)
    },
  }
}
