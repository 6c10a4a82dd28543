import { robotsResponse } from '@/site/feed-response'

export const dynamic = 'force-dynamic'

export function GET(): Response {
  return robotsResponse()
}
