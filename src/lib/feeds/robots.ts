import { discoveryPaths, searchPath } from '../articles/paths'

/**
 * robots.txt: crawl the reader site, not the back office, the API or search results (endless
 * query URLs), but do fetch uploaded images, which pages and feeds point into /api/media/file/.
 * The Allow line comes first and is longer than the Disallow it carves out of, so both
 * longest-match crawlers (Google, Bing) and first-match ones read it the same way.
 */
export function robotsTxt(siteUrl: string): string {
  return [
    'User-agent: *',
    'Allow: /api/media/file/',
    'Disallow: /admin',
    'Disallow: /api/',
    `Disallow: ${searchPath('')}`,
    'Allow: /',
    '',
    `Sitemap: ${siteUrl}${discoveryPaths.sitemapIndex}`,
    `Sitemap: ${siteUrl}${discoveryPaths.newsSitemap}`,
    '',
  ].join('\n')
}
