import { feedResponse } from '@/site/feed-response'

/** The latest stories with one tag, as RSS 2.0; 404 for an unknown slug. */
export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return feedResponse('rss', { tag: (await params).slug })
}
