import { sitemapIndexResponse } from '@/site/feed-response'

/** The sitemap index: the article sitemaps, pages.xml and news.xml. */
export const dynamic = 'force-dynamic'

export function GET(): Promise<Response> {
  return sitemapIndexResponse()
}
