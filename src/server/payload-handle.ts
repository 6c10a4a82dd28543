/**
 * The Express edge never imports Payload: the one instance lives inside Next's bundle and is cached
 * by Payload on `globalThis._payload` (a Map keyed by config). At shutdown the edge reaches it there
 * to stop the job crons and close the database, after the last request has finished.
 */
type CachedPayload = { payload: { destroy: () => Promise<void> } | null }

export async function destroyPayloadInstances(): Promise<number> {
  const cache = (globalThis as { _payload?: Map<string, CachedPayload> })._payload
  if (!cache) return 0
  let closed = 0
  for (const entry of cache.values()) {
    if (entry.payload) {
      await entry.payload.destroy()
      entry.payload = null
      closed += 1
    }
  }
  return closed
}
