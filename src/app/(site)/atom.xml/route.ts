import { feedResponse } from '@/site/feed-response'

/** The site's latest stories as Atom. */
export const dynamic = 'force-dynamic'

export function GET(): Promise<Response> {
  return feedResponse('atom')
}
