/**
 * What open pages hear about: a comment became visible (approved) or an article's count changed
 * (article pages), or a comment arrived or changed status or reports (`queue`: the moderation
 * desk's counts). Events carry ids only; each process reads what it shows from the database once.
 */
export type CommentEvent = { kind: 'approved' | 'count' | 'queue'; articleId: string; commentId?: string }

/** Subscribe with this instead of an article id to hear the events of every article (the desk). */
export const ALL_ARTICLES = '*'

/** Told when the bus may have missed events (a lost database connection): listeners catch up from the database. */
export type Resync = { kind: 'resync' }

export type Listener = (event: CommentEvent | Resync) => void

/**
 * Moves comment events between the processes of one service. One implementation per database:
 * in-process for SQLite (one process), PostgreSQL LISTEN/NOTIFY across processes.
 */
export interface CommentEventBus {
  subscribe(articleId: string, listener: Listener): () => void
  /**
   * Resolves once an event published from now on reaches this process's listeners: true then (on
   * PostgreSQL, once LISTEN has completed; a NOTIFY committed before that is never delivered here),
   * false if the database could not be reached (the bus keeps trying while it has listeners).
   */
  listening(): Promise<boolean>
  /** Listeners in this process (for bounds and tests). */
  listenerCount(): number
  close(): Promise<void>
}

export function isCommentEvent(value: unknown): value is CommentEvent {
  const event = value as Partial<CommentEvent> | null
  return (
    !!event &&
    (event.kind === 'approved' || event.kind === 'count' || event.kind === 'queue') &&
    typeof event.articleId === 'string' &&
    (event.commentId === undefined || typeof event.commentId === 'string')
  )
}
