import type { DeskQueue } from '../domain/moderation-desk'
import { type DeskFilters, followCounts, loadCounts } from './desk-api'

type Counts = Record<DeskQueue, number>
type Listener = (counts: Counts) => void

/** The name of the Web Lock the leading tab holds, and of the channel it speaks on. */
const SHARED = 'newsroom:desk-counts'
/** Should the server refuse a stream (a process at its limit), the counts are fetched this often instead. */
const FALLBACK_MS = 15_000

const listeners = new Set<Listener>()
let latest: Counts | null = null
let stop: (() => void) | null = null

function publish(counts: Counts) {
  latest = counts
  for (const listener of listeners) listener(counts)
}

/**
 * Every queue's count, unfiltered, for the navigation's badge, the dashboard and the desk: in one
 * tab they share one subscription, and across a browser's tabs one event stream. Each admin page
 * shows the badge, and a browser allows about six connections to a server over HTTP/1.1: a stream
 * per tab would leave a moderator with many tabs open waiting on every request. So one tab (the
 * holder of a Web Lock) follows the server and tells the others over a BroadcastChannel; when it
 * closes, another takes the lock. Returns the function that stops following.
 */
export function followAllCounts(onCounts: Listener): () => void {
  listeners.add(onCounts)
  if (latest) onCounts(latest)
  if (listeners.size === 1) stop = startFollowing()
  return () => {
    listeners.delete(onCounts)
    if (listeners.size > 0) return
    stop?.()
    stop = null
    latest = null
  }
}

/** The desk's counts: shared when unfiltered, a stream of their own when narrowed to an article or commenter. */
export function followDeskCounts(filters: DeskFilters, onCounts: Listener): () => void {
  const filtered = Object.values(filters).some(Boolean)
  return filtered ? followCounts(filters, onCounts, FALLBACK_MS) : followAllCounts(onCounts)
}

function startFollowing(): () => void {
  // Web Locks need a secure context (https, or localhost); without them each tab follows alone.
  if (typeof BroadcastChannel === 'undefined' || !navigator.locks) return followCounts({}, publish, FALLBACK_MS)
  const channel = new BroadcastChannel(SHARED)
  const abandon = new AbortController()
  let leading = false
  channel.onmessage = (event: MessageEvent<{ counts?: Counts; ask?: true }>) => {
    if (event.data.counts) publish(event.data.counts)
    else if (event.data.ask && leading && latest) channel.postMessage({ counts: latest })
  }
  navigator.locks
    .request(SHARED, { signal: abandon.signal }, () => {
      leading = true
      return new Promise<void>((release) => {
        const stopStream = followCounts(
          {},
          (counts) => {
            publish(counts)
            channel.postMessage({ counts })
          },
          FALLBACK_MS,
        )
        abandon.signal.addEventListener('abort', () => {
          stopStream()
          release()
        })
      })
    })
    // Aborted while waiting for the lock: this tab closed its last badge before it ever led.
    .catch(() => undefined)
  // A tab that follows shows the counts at once: from the leader if it answers, else fetched.
  channel.postMessage({ ask: true })
  void loadCounts().then(
    (counts) => latest ?? publish(counts),
    () => undefined,
  )
  return () => {
    abandon.abort()
    channel.close()
  }
}
