import { randomUUID } from 'node:crypto'

import type { PageStore } from './page-store'
import type { SharedResponseStore } from './shared-store'

/**
 * What the Express edge and the code inside Next's bundle share in one process. They are separate
 * module graphs (esbuild for the edge, Next's bundler for pages and Payload), so module state is not
 * shared: this lives on `globalThis` under a registered symbol instead.
 */
type SharedCache = {
  store: PageStore | null
  /** The second tier, outside the process: null when off (SHARED_CACHE=off) or without the edge. */
  responses: SharedResponseStore | null
  /** This process, as named in the purges it broadcasts (it purges the shared store after commit). */
  origin: string
  /** Tags pages report while rendering, by the render id the edge stamped on the request. */
  renderTags: Map<string, Set<string>>
  /** Called after each local purge (the edge's cross-process broadcast hooks in here). */
  onPurge: Set<(tags: string[]) => void>
}

const KEY = Symbol.for('newsroom.cache')

export function sharedCache(): SharedCache {
  const holder = globalThis as { [KEY]?: SharedCache }
  holder[KEY] ??= { store: null, responses: null, origin: randomUUID(), renderTags: new Map(), onPurge: new Set() }
  return holder[KEY]
}

/**
 * Set by a handler on an answer the edge must not keep although its status would let it (a
 * persisted query's hash the process does not know yet); the edge drops it before sending.
 */
export const NO_STORE_HEADER = 'x-newsroom-no-store'

/** Set by the edge on cacheable requests only; a client's own value is overwritten. */
export const RENDER_ID_HEADER = 'x-newsroom-render-id'

/** A page says what it shows, so a purge of any of it drops the cached page. No-op outside a cached render. */
export function reportRenderTags(renderId: string | null | undefined, tags: Iterable<string>): void {
  if (!renderId) return
  const set = sharedCache().renderTags.get(renderId)
  if (!set) return
  for (const tag of tags) set.add(tag)
}

/** Drops cached responses showing these tags in this process; returns how many went. */
export function purgeLocal(tags: string[]): number {
  const shared = sharedCache()
  const dropped = shared.store?.purge(tags) ?? 0
  for (const listener of shared.onPurge) listener(tags)
  return dropped
}

/** Drops responses showing these tags from the shared store too (never throws: resilientStore). */
export async function purgeShared(tags: string[]): Promise<void> {
  await sharedCache().responses?.purge(tags)
}

/**
 * A value kept in this process for every render and request until a purge of one of its tags
 * (PageStore.remember); read every time when the edge cache is off.
 */
export function remembered<T>(key: string, tags: string[], load: () => Promise<T>): Promise<T> {
  const store = sharedCache().store
  return store ? store.remember(key, tags, load) : load()
}
