import type { DeskQueue, Suspension } from '../domain/moderation-desk'
import type { DeskCard, deskQueue, commenterHistory } from '../services/moderation-desk'
import type { ModerationActionName } from '../services/moderation-actions'

export type DeskPage = Awaited<ReturnType<typeof deskQueue>>
export type CommenterHistory = Awaited<ReturnType<typeof commenterHistory>>
export type { DeskCard }

export type DeskFilters = { article?: string; reader?: string; guestEmail?: string }
/** What a verb may carry: the reason, a suspension's length, and for a guest whether to block their network address too. */
export type VerbOptions = { reason?: string; duration?: Suspension; byAddress?: boolean }

/** The desk's calls to its endpoints (same origin, the staff cookie); errors carry the API's message. */
async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, { credentials: 'include', ...init, headers: { 'Content-Type': 'application/json', ...init?.headers } })
  const body = (await response.json().catch(() => ({}))) as T & { errors?: { message: string }[] }
  if (!response.ok) throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`)
  return body
}

const query = (values: Record<string, string | number | undefined>) =>
  new URLSearchParams(
    Object.entries(values)
      .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
      .map(([key, value]) => [key, String(value)]),
  )

export const loadQueue = (queue: DeskQueue, sort: 'newest' | 'oldest', filters: DeskFilters) =>
  call<DeskPage>(`/api/comments/desk?${query({ queue, sort, limit: 20, ...filters })}`)

export const loadCounts = (filters: DeskFilters = {}) =>
  call<Record<DeskQueue, number>>(`/api/comments/desk/counts?${query({ ...filters })}`)

/**
 * The queue counts as they change, pushed by the server (Server-Sent Events): `onCounts` at once
 * and after every comment that arrives or moves. Should the stream be refused (a server at its
 * limit) the counts are fetched every `fallbackMs` instead. Returns the function that stops it.
 */
export function followCounts(filters: DeskFilters, onCounts: (counts: Record<DeskQueue, number>) => void, fallbackMs: number): () => void {
  const source = new EventSource(`/api/comments/desk/live?${query({ ...filters })}`, { withCredentials: true })
  let poll: number | undefined
  source.addEventListener('counts', (event) => onCounts(JSON.parse((event as MessageEvent<string>).data) as Record<DeskQueue, number>))
  source.addEventListener('error', () => {
    // EventSource retries a dropped connection by itself; a refused one it gives up (CLOSED).
    if (source.readyState === EventSource.CLOSED && poll === undefined)
      poll = window.setInterval(() => void loadCounts(filters).then(onCounts, () => undefined), fallbackMs)
  })
  return () => {
    source.close()
    if (poll !== undefined) window.clearInterval(poll)
  }
}

export const loadCommenter = (who: { reader?: string; guestEmail?: string }) =>
  call<CommenterHistory>(`/api/comments/desk/commenter?${query(who)}`)

export async function moderate(ids: string[], action: ModerationActionName, extra: VerbOptions = {}) {
  const answer = await call<{ results: { id: string; ok: boolean; message?: string }[] }>('/api/comments/moderate', {
    method: 'POST',
    body: JSON.stringify({ ids, action, ...extra }),
  })
  const failed = answer.results.filter((result) => !result.ok)
  if (failed.length) throw new Error(failed.map((result) => result.message).join('; '))
  return answer
}

/** A note on a comment or on a reader: Payload's own update (moderators may write these fields). */
export const saveNote = (target: { comment: string } | { reader: string }, note: string) =>
  'comment' in target
    ? call(`/api/comments/${target.comment}`, { method: 'PATCH', body: JSON.stringify({ moderatorNote: note }) })
    : call(`/api/readers/${target.reader}`, { method: 'PATCH', body: JSON.stringify({ moderatorNotes: note }) })

/** A reply as staff, through the same endpoint readers post to: published at once with a staff badge. */
export const replyAsStaff = (article: string, parent: string, body: string) =>
  call<{ message: string }>('/api/comments', { method: 'POST', body: JSON.stringify({ article, parent, body, formShownAt: Date.now() }) })
