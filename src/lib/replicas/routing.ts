import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * Where this process sends database reads when PostgreSQL read replicas are configured: shared by
 * the Express edge (which knows the request: a write, or a client that wrote a moment ago) and the
 * database adapter inside Next's bundle (which picks the connection). They are separate module
 * graphs, so the state lives on `globalThis` under a registered symbol (as the page cache's does).
 */
export type ReplicaState = { url: string; fresh: boolean; problem: string | null }

type Routing = {
  request: AsyncLocalStorage<{ primary: boolean }>
  /** Until this time (ms) every read in the process goes to the primary: set after writes and purges. */
  primaryUntil: number
  replicas: ReplicaState[]
  reads: { replica: number; primary: number }
}

const KEY = Symbol.for('newsroom.readRouting')

export function readRouting(): Routing {
  const holder = globalThis as { [KEY]?: Routing }
  holder[KEY] ??= { request: new AsyncLocalStorage(), primaryUntil: 0, replicas: [], reads: { replica: 0, primary: 0 } }
  return holder[KEY]
}

/** Reads by a client go to the primary for this long after it wrote (its `newsroom-primary` cookie). */
export const PRIMARY_COOKIE = 'newsroom-primary'

/** After a write or a purge seen by this process, its reads skip replicas for `ms`. */
export function readFromPrimaryFor(ms: number, now = Date.now()): void {
  const routing = readRouting()
  routing.primaryUntil = Math.max(routing.primaryUntil, now + ms)
}

/**
 * The replica (by index) a read should use, or -1 for the primary: the primary while the request
 * asked for it or the process is inside a write window, else a fresh replica (round robin).
 */
export function chooseReplica(now = Date.now()): number {
  const routing = readRouting()
  const fresh = routing.replicas.flatMap((replica, index) => (replica.fresh ? [index] : []))
  if (fresh.length === 0 || routing.request.getStore()?.primary || now < routing.primaryUntil) {
    routing.reads.primary += 1
    return -1
  }
  routing.reads.replica += 1
  return fresh[routing.reads.replica % fresh.length]
}
