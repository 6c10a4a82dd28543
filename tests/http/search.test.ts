import { describe, expect, it } from 'vitest'

import { graphql, request } from './helpers/client'

type SearchBody = {
  total: number
  totalPages: number
  results: { id: string; slug: string; title: string; snippet: string; section: { slug: string } | null; authors: { name: string }[] }[]
  errors?: { message: string; data?: { parameter?: string } }[]
}

describe('GET /api/search on the demo content', () => {
  it('finds the bridge story by relevance, with snippets, bylines and sections', async () => {
    const response = await request<SearchBody>('/api/search?q=harbour+bridge+repair')
    expect(response.status).toBe(200)
    expect(response.body.total).toBeGreaterThanOrEqual(2)
    const [first] = response.body.results
    expect(first.title.toLowerCase()).toMatch(/bridge/)
    expect(first.authors.length).toBeGreaterThan(0)
    expect(first.section?.slug).toBeTruthy()
    expect(response.body.results.some((result) => result.snippet.includes('<mark>'))).toBe(true)
  })

  it('pages through results', async () => {
    const first = await request<SearchBody>('/api/search?q=port+halden&limit=2&page=1')
    const second = await request<SearchBody>('/api/search?q=port+halden&limit=2&page=2')
    expect(first.body.results).toHaveLength(2)
    expect(second.body.total).toBe(first.body.total)
    expect(second.body.results.map((result) => result.id)).not.toEqual(first.body.results.map((result) => result.id))
  })

  it('filters by section slug', async () => {
    const all = await request<SearchBody>('/api/search?q=council&limit=50')
    const politics = await request<SearchBody>('/api/search?q=council&limit=50&section=local-politics')
    expect(politics.body.total).toBeGreaterThan(0)
    expect(politics.body.total).toBeLessThan(all.body.total)
  })

  it('sorts newest first when asked, over the same matches', async () => {
    type Dated = { total: number; results: { id: string; firstPublishedAt: string }[] }
    const relevance = await request<Dated>('/api/search?q=port+halden&limit=50')
    const newest = await request<Dated>('/api/search?q=port+halden&limit=50&sort=newest')
    expect(newest.status).toBe(200)
    expect(newest.body.total).toBe(relevance.body.total)
    expect(new Set(newest.body.results.map((result) => result.id))).toEqual(new Set(relevance.body.results.map((result) => result.id)))
    const dates = newest.body.results.map((result) => result.firstPublishedAt)
    expect(dates).toEqual([...dates].sort().reverse())
    expect(newest.body.results.map((result) => result.id)).not.toEqual(relevance.body.results.map((result) => result.id))
  })

  it.each([
    ['no q', '', 'q'],
    ['a sort that is not one', 'q=bridge&sort=oldest', 'sort'],
    ['an empty q', 'q=', 'q'],
    ['a 10 KB q', `q=${'word '.repeat(2048)}`, 'q'],
    ['an unknown filter', 'q=bridge&colour=red', 'colour'],
    ['a huge limit', 'q=bridge&limit=500', 'limit'],
    ['a date that is not one', 'q=bridge&from=last-week', 'from'],
  ])('%s: 400 naming the parameter', async (_what, query, parameter) => {
    const response = await request<SearchBody>(`/api/search?${query}`)
    expect(response.status).toBe(400)
    expect(response.body.errors?.[0]?.data?.parameter).toBe(parameter)
  })

  it.each([
    '" OR 1=1 --',
    "bridge'; DROP TABLE articles; --",
    'NEAR(bridge ferry) title:*',
    '%00%27',
    'bridge&where[_status][equals]=draft',
  ])('treats %s as plain words', async (q) => {
    const response = await request<SearchBody>(`/api/search?q=${encodeURIComponent(q)}`)
    expect(response.status).toBe(200)
    expect(Array.isArray(response.body.results)).toBe(true)
  })

  it('is also a GraphQL query, with the same errors', async () => {
    const found = await graphql<{ searchArticles: SearchBody }>(
      'query ($q: String!) { searchArticles(q: $q, limit: 3) { total results { slug snippet } } }',
      {
        q: 'ferry',
      },
    )
    expect(found.status).toBe(200)
    expect(found.body.data?.searchArticles.total).toBeGreaterThan(0)
    const refused = await graphql('{ searchArticles(q: "   ") { total } }')
    expect(refused.status).toBe(400)
    expect(refused.body.errors?.[0]?.message).toMatch(/q is required/)
  })
})
