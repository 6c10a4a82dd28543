import { feedResponse } from '@/site/feed-response'

/** The site's latest stories as RSS 2.0. */
export const dynamic = 'force-dynamic'

export function GET(): Promise<Response> {
  return feedResponse('rss')
}
