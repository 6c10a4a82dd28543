import { describe, expect, it } from 'vitest'

import { robotsTxt } from '@/lib/feeds/robots'

describe('robotsTxt', () => {
  const lines = robotsTxt('https://ledger.example').split('\n')

  it('lets crawlers in, but not into the admin, the API (uploads apart) or search results', () => {
    expect(lines[0]).toBe('User-agent: *')
    expect(lines).toContain('Disallow: /admin')
    expect(lines).toContain('Disallow: /api/')
    expect(lines).toContain('Disallow: /search')
    expect(lines).toContain('Allow: /')
    // First-match readers must meet the upload exception before the /api/ rule.
    expect(lines.indexOf('Allow: /api/media/file/')).toBeGreaterThan(0)
    expect(lines.indexOf('Allow: /api/media/file/')).toBeLessThan(lines.indexOf('Disallow: /api/'))
  })

  it('names the sitemap index and the news sitemap by absolute URL', () => {
    expect(lines.filter((line) => line.startsWith('Sitemap:'))).toEqual([
      'Sitemap: https://ledger.example/sitemap.xml',
      'Sitemap: https://ledger.example/sitemaps/news.xml',
    ])
  })
})
