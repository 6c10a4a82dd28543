/**
 * Purges travel between the service's processes as PostgreSQL NOTIFY messages on one channel. A
 * payload must stay under PostgreSQL's 8,000-byte limit: a purge too long to name its tags says
 * "everything" instead, which is always safe.
 */
export const PURGE_CHANNEL = 'newsroom_cache'
const MAX_PAYLOAD_BYTES = 7_900

/** `origin`: the process that made the change (it also purges the shared store once it is committed). */
export type PurgeMessage = ({ tags: string[] } | { all: true }) & { origin?: string }

export function encodePurge(tags: string[], origin?: string): string {
  const text = JSON.stringify({ tags, origin })
  return Buffer.byteLength(text) <= MAX_PAYLOAD_BYTES ? text : JSON.stringify({ all: true, origin })
}

/** What another process asked for, or null for anything else on the channel. */
export function decodePurge(text: string | undefined): PurgeMessage | null {
  try {
    const value = JSON.parse(text ?? '') as { tags?: unknown; all?: unknown; origin?: unknown }
    const origin = typeof value.origin === 'string' ? { origin: value.origin } : {}
    if (value.all === true) return { all: true, ...origin }
    if (Array.isArray(value.tags) && value.tags.every((tag) => typeof tag === 'string')) return { tags: value.tags, ...origin }
  } catch {
    // not ours
  }
  return null
}
