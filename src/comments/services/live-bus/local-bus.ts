import { ALL_ARTICLES, type CommentEvent, type CommentEventBus, type Listener } from './types'

/**
 * Listeners by article (or of every article, ALL_ARTICLES), with a dispatch that one failing
 * listener cannot break for the others.
 */
export class ListenerRegistry {
  private readonly byArticle = new Map<string, Set<Listener>>()

  add(articleId: string, listener: Listener): () => void {
    let set = this.byArticle.get(articleId)
    if (!set) this.byArticle.set(articleId, (set = new Set()))
    set.add(listener)
    return () => {
      set.delete(listener)
      if (set.size === 0) this.byArticle.delete(articleId)
    }
  }

  dispatch(event: CommentEvent): void {
    for (const listener of this.byArticle.get(event.articleId) ?? []) safely(listener, event)
    for (const listener of this.byArticle.get(ALL_ARTICLES) ?? []) safely(listener, event)
  }

  resyncAll(): void {
    for (const set of this.byArticle.values()) for (const listener of set) safely(listener, { kind: 'resync' })
  }

  count(): number {
    let total = 0
    for (const set of this.byArticle.values()) total += set.size
    return total
  }
}

function safely(listener: Listener, event: Parameters<Listener>[0]): void {
  try {
    listener(event)
  } catch {
    // A listener's failure is its own connection's problem.
  }
}

/** One process: events go straight from the writer to this process's listeners. */
export function localEventBus(): CommentEventBus & { publish(event: CommentEvent): void } {
  const listeners = new ListenerRegistry()
  return {
    publish: (event) => listeners.dispatch(event),
    subscribe: (articleId, listener) => listeners.add(articleId, listener),
    listening: async () => true,
    listenerCount: () => listeners.count(),
    close: async () => undefined,
  }
}
