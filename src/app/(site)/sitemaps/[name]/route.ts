import { sitemapResponse } from '@/site/feed-response'

/** articles-<n>.xml, pages.xml and news.xml; 404 for any other name. */
export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }): Promise<Response> {
  return sitemapResponse((await params).name)
}
