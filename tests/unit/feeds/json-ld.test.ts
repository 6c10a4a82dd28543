import { describe, expect, it } from 'vitest'

import { newsArticleJsonLd, serializeJsonLd, type NewsArticleInput } from '@/lib/seo/json-ld'

const SITE = 'https://ledger.example'

function input(overrides: Partial<NewsArticleInput> = {}): NewsArticleInput {
  return {
    url: `${SITE}/articles/harbour-bridge-reopens`,
    headline: 'Harbour bridge reopens',
    description: 'Buses first, cars in spring.',
    images: [`${SITE}/api/media/file/hero-1440.jpg`, `${SITE}/api/media/file/hero.jpg`],
    datePublished: new Date('2025-03-01T08:00:00Z'),
    dateModified: new Date('2025-03-02T09:30:00Z'),
    authors: [{ name: 'Ines Calloway', url: `${SITE}/authors/ines-calloway` }],
    publisher: { name: 'The Harbour Ledger', url: SITE, logoUrl: `${SITE}/api/media/file/logo.png` },
    section: 'Local politics',
    keywords: ['Harbour Bridge', 'Transport'],
    ...overrides,
  }
}

describe('newsArticleJsonLd', () => {
  it('describes the article for search engines', () => {
    expect(newsArticleJsonLd(input())).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Harbour bridge reopens',
      description: 'Buses first, cars in spring.',
      image: [`${SITE}/api/media/file/hero-1440.jpg`, `${SITE}/api/media/file/hero.jpg`],
      datePublished: '2025-03-01T08:00:00.000Z',
      dateModified: '2025-03-02T09:30:00.000Z',
      author: [{ '@type': 'Person', name: 'Ines Calloway', url: `${SITE}/authors/ines-calloway` }],
      publisher: {
        '@type': 'NewsMediaOrganization',
        name: 'The Harbour Ledger',
        url: SITE,
        logo: { '@type': 'ImageObject', url: `${SITE}/api/media/file/logo.png` },
      },
      mainEntityOfPage: { '@type': 'WebPage', '@id': `${SITE}/articles/harbour-bridge-reopens` },
      url: `${SITE}/articles/harbour-bridge-reopens`,
      articleSection: 'Local politics',
      keywords: ['Harbour Bridge', 'Transport'],
    })
  })

  it('leaves out what the article lacks, and never dates an edit before publication', () => {
    const value = newsArticleJsonLd(
      input({
        description: null,
        images: [],
        section: null,
        keywords: [],
        publisher: { name: 'L', url: SITE },
        dateModified: new Date('2025-01-01T00:00:00Z'),
      }),
    ) as unknown as Record<string, unknown>
    for (const key of ['description', 'image', 'articleSection', 'keywords']) expect(value).not.toHaveProperty(key)
    expect(value.publisher).toEqual({ '@type': 'NewsMediaOrganization', name: 'L', url: SITE })
    expect(value.dateModified).toBe('2025-03-01T08:00:00.000Z')
  })
})

describe('serializeJsonLd', () => {
  const hostile = 'Vote </script><script>alert(1)</script> <!-- & \u2028\u2029 done'

  it('cannot end or bend the script element it is placed in', () => {
    const text = serializeJsonLd(newsArticleJsonLd(input({ headline: hostile, description: hostile })))
    expect(text).not.toMatch(/[<>&\u2028\u2029]/)
    expect(text.toLowerCase()).not.toContain('</script')
    expect(text).toContain('\\u003c/script\\u003e')
    expect(text).toContain('\\u0026')
    expect(text).toContain('\\u2028\\u2029')
  })

  it('is still the same JSON', () => {
    const value = newsArticleJsonLd(input({ headline: hostile }))
    expect(JSON.parse(serializeJsonLd(value))).toEqual(value)
  })
})
