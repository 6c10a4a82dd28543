import { DESK_QUEUES, type DeskQueue } from '../domain/moderation-desk'
import type { DeskFilters } from './desk-api'

export type DeskView = { queue: DeskQueue; filters: DeskFilters }
type SearchParams = Record<string, string | string[] | undefined>
const one = (value: string | string[] | undefined) => (typeof value === 'string' && value !== '' ? value : undefined)

/** The queue and filters in the address (`?queue=reported&article=…`), read on the server so the first paint is right. */
export function deskViewFromSearch(params: SearchParams = {}): DeskView {
  const queue = one(params.queue) as DeskQueue | undefined
  return {
    queue: queue && DESK_QUEUES.includes(queue) ? queue : 'pending',
    filters: { article: one(params.article), reader: one(params.reader), guestEmail: one(params.guestEmail) },
  }
}
