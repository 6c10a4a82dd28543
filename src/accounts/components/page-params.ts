import { noticeFor, type Notice } from '../domain/notices'
import { safeReturnPath } from '../domain/return-path'

type SearchParams = Promise<Record<string, string | string[] | undefined>>

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** What every account page reads from its address: where to return to, and the notice to show. */
export async function accountParams(searchParams: SearchParams): Promise<{ next: string; notice: Notice | null }> {
  const params = await searchParams
  return { next: safeReturnPath(first(params.next)), notice: noticeFor(first(params.notice)) }
}
