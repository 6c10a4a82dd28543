/**
 * Request collapsing for cache misses (what Varnish calls request coalescing and nginx
 * `proxy_cache_lock`): while one request renders a missing page, others for the same key wait for
 * its result instead of each starting the same render. A breaking story opened by a thousand
 * readers the second it is published costs one render, not a thousand.
 *
 * The leader settles with what it stored, or with nothing (not cacheable, purged while rendering,
 * aborted). Nothing hands the render to one waiter, which leads the next attempt while the rest
 * keep waiting: so nobody is ever given a response the cache itself refused, and a purge during a
 * render costs one more render, not one per waiting reader. A waiter gives up after `maxWaitMs`
 * and renders on its own.
 */
export type Settle<T> = (result: T | undefined) => void
export type Outcome<T> = { stored: T } | { lead: Settle<T> } | { gaveUp: true }

type Render<T> = { waiters: ((outcome: Outcome<T>) => void)[] }

export class MissCollapser<T> {
  private readonly renders = new Map<string, Render<T>>()

  constructor(private readonly maxWaitMs: number) {}

  /** Leads the render of `key`, or returns null when one is already under way (then `join` it). */
  lead(key: string): Settle<T> | null {
    if (this.renders.has(key)) return null
    const render: Render<T> = { waiters: [] }
    this.renders.set(key, render)
    return this.settler(key, render)
  }

  /** Waits for the render under way: its stored result, the lead of the next attempt, or nothing after the wait limit. */
  join(key: string): Promise<Outcome<T>> {
    const render = this.renders.get(key)
    if (!render) return Promise.resolve({ gaveUp: true })
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        const index = render.waiters.indexOf(deliver)
        if (index !== -1) render.waiters.splice(index, 1)
        resolve({ gaveUp: true })
      }, this.maxWaitMs)
      const deliver = (outcome: Outcome<T>) => {
        clearTimeout(timer)
        resolve(outcome)
      }
      render.waiters.push(deliver)
    })
  }

  isRendering(key: string): boolean {
    return this.renders.has(key)
  }

  /** Renders under way. */
  get size(): number {
    return this.renders.size
  }

  private settler(key: string, render: Render<T>): Settle<T> {
    let settled = false
    return (result) => {
      if (settled) return
      settled = true
      if (result !== undefined) {
        this.renders.delete(key)
        for (const deliver of render.waiters.splice(0)) deliver({ stored: result })
        return
      }
      const next = render.waiters.shift()
      if (!next) return void this.renders.delete(key)
      next({ lead: this.settler(key, render) })
    }
  }
}
