import type { StoredResponse } from '../lib/cache/page-store'
import type { SharedResponseStore } from '../lib/cache/shared-store'

/** Longer than a render takes; a process that died holding it delays the others by their wait at most. */
const LEASE_MS = 10_000
const POLL_MS = 50

export type SharedLookup = { stored?: StoredResponse; release?: () => void }

/**
 * A miss in this process's memory, asked of the shared store. Its copy if it has one. Otherwise one
 * process claims the render (a lease in the store: `release` is then set, to call once the render is
 * stored or failed) and the others ask again every 50 ms for up to `waitMs`: they take the copy when
 * it lands, or the claim when it is given back without one, and render for themselves at the end.
 * So a page a crowd opens on every process at once is rendered once, not once per process. `waitMs`
 * 0 (a HEAD, or collapsing off) renders at once.
 */
export async function lookUpShared(
  responses: SharedResponseStore,
  key: string,
  { waitMs, gone }: { waitMs: number; gone: () => boolean },
): Promise<SharedLookup> {
  const deadline = Date.now() + waitMs
  for (;;) {
    const stored = await responses.get(key)
    if (stored || waitMs === 0) return { stored }
    // Nobody renders it (or the one who did could not store it): this process does.
    if (await responses.lease(key, LEASE_MS)) return { release: releaser(responses, key) }
    if (Date.now() >= deadline || gone()) return {}
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
}

function releaser(responses: SharedResponseStore, key: string): () => void {
  let released = false
  return () => {
    if (released) return
    released = true
    void responses.release(key)
  }
}
