import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { searchEngineFor } from '@/db/search-engine'
import { reindexAll, searchArticles } from '@/search/services/search'
import { RANKED_POOL } from '@/search/domain/ranked-pool'
import type { SearchDocument, SearchQuery } from '@/search/domain/types'
import { articleData, createFixtures, testPayload, unique, type Fixtures } from './helpers/payload'

let payload: Payload
let fixtures: Fixtures
let req: PayloadRequest
/**
 * A made-up word only this run's articles contain, so other files' articles never interfere. The
 * per-test variants end in digits: a stemmer would fold a letter suffix ("…e") back into the word.
 */
const marker = `zq${Date.now().toString(36)}`

beforeAll(async () => {
  payload = await testPayload()
  fixtures = await createFixtures(payload)
  req = await createLocalReq({}, payload)
})

afterAll(async () => {
  await payload?.destroy()
})

async function publish(title: string, body: string, overrides: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'articles',
    data: articleData(fixtures, { title, _status: 'published', ...overrides }, [{ type: 'p', text: body }]),
    overrideAccess: true,
  })
}

const search = (q: string, extra: Record<string, string> = {}) => searchArticles(req, { q, ...extra })

describe(`full-text search on ${process.env.DATABASE_URL?.split(':')[0]}`, () => {
  it('finds published articles by title, dek and body words, title matches first', async () => {
    const inBody = await publish(`Ferry timetable ${unique('t')}`, `The ${marker} lighthouse keeper spoke about the ferry timetable.`)
    const inTitle = await publish(`${marker} lighthouse reopens to visitors`, 'Visitors climbed the stairs again on Saturday.')
    const draft = await payload.create({
      collection: 'articles',
      draft: true,
      data: articleData(fixtures, { title: `${marker} lighthouse draft`, _status: 'draft' }),
      overrideAccess: true,
    })
    const result = await search(`${marker} lighthouse`)
    const ids = result.results.map((hit) => hit.id)
    expect(ids).toEqual([inTitle.id, inBody.id])
    expect(ids).not.toContain(draft.id)
    expect(result.total).toBe(2)
    expect(result.results[1].snippet).toMatch(/<mark>[^<]*lighthouse[^<]*<\/mark>/i)
  })

  it('stems and folds accents: "cafés" finds "cafe"', async () => {
    const article = await publish(`Harbour cafe ${marker}q2`, `A new cafe opened beside the ${marker}q2 slipway.`)
    const result = await search(`cafés ${marker}q2`)
    expect(result.results.map((hit) => hit.id)).toContain(article.id)
  })

  it('returns snippets as escaped HTML: nothing a writer typed becomes markup', async () => {
    await publish(`Escaping ${marker}q3`, `Code like <script>alert("${marker}q3")</script> & <b>bold</b> is shown as text.`)
    const [hit] = (await search(`${marker}q3`)).results
    // Escaped (SQLite, MongoDB) or dropped by the engine's headline parser (PostgreSQL): never markup.
    expect(hit.snippet).not.toMatch(/<script|<b>/)
    expect(hit.snippet).toMatch(/&lt;script&gt;|alert/)
    expect(hit.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/<[a-z]/i)
  })

  it('filters by section, tag, author and date range (by slug and date)', async () => {
    const tag = await payload.create({ collection: 'tags', data: { name: 'Search tag', slug: unique('search-tag') }, overrideAccess: true })
    const otherSection = await payload.create({
      collection: 'sections',
      data: { name: 'Other', slug: unique('other') },
      overrideAccess: true,
    })
    const tagged = await publish(`Tagged ${marker}q4`, 'Body.', { tags: [tag.id], firstPublishedAt: '2020-06-15T10:00:00.000Z' })
    const elsewhere = await publish(`Elsewhere ${marker}q4`, 'Body.', { section: otherSection.id })
    expect((await search(`${marker}q4`)).total).toBe(2)
    expect((await search(`${marker}q4`, { tag: tag.slug! })).results.map((hit) => hit.id)).toEqual([tagged.id])
    expect((await search(`${marker}q4`, { section: otherSection.slug! })).results.map((hit) => hit.id)).toEqual([elsewhere.id])
    expect((await search(`${marker}q4`, { author: fixtures.author.slug! })).total).toBe(2)
    expect((await search(`${marker}q4`, { from: '2020-06-01', to: '2020-06-30' })).results.map((hit) => hit.id)).toEqual([tagged.id])
    expect((await search(`${marker}q4`, { section: 'no-such-section' })).total).toBe(0)
  })

  it('follows publishing: a draft saved over a published article keeps the published text; unpublish and delete drop it', async () => {
    const article = await publish(`Live text ${marker}q5`, 'The published words.')
    await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      data: { title: `Draft text ${marker}q52` },
      overrideAccess: true,
    })
    expect((await search(`${marker}q5`)).total).toBe(1)
    expect((await search(`${marker}q52`)).total).toBe(0)
    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' }, draft: true, overrideAccess: true })
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { _status: 'published', title: `Republished ${marker}q53` },
      overrideAccess: true,
    })
    expect((await search(`${marker}q53`)).total).toBe(1)
    await payload.delete({ collection: 'articles', id: article.id, overrideAccess: true })
    expect((await search(`${marker}q53`)).total).toBe(0)
  })

  it.each([
    '" OR 1=1 --',
    "'; DROP TABLE search_fts; --",
    'title:lighthouse NEAR(a b) a* -b',
    '!(a | b) & c:* <-> d',
    '{"$where": "sleep(1000)"}',
    '%_\\%',
  ])('treats %s as words: never an error, never a leak', async (q) => {
    const result = await search(`${q} ${marker}`)
    expect(result.total).toBeGreaterThanOrEqual(0)
    for (const hit of result.results) expect(hit).not.toHaveProperty('body')
  })

  it('rebuilds the whole index with reindexAll', async () => {
    const article = await publish(`Rebuilt ${marker}q6`, 'Body.')
    await searchEngineFor(payload).clear()
    expect((await search(`${marker}q6`)).total).toBe(0)
    let last = 0
    const count = await reindexAll(payload, (done) => (last = done))
    expect(count).toBe(last)
    expect((await search(`${marker}q6`)).results.map((hit) => hit.id)).toEqual([article.id])
  })

  it('refuses bad parameters with a 400 naming them', async () => {
    await expect(search('')).rejects.toMatchObject({ status: 400, data: { parameter: 'q' } })
    await expect(search('x'.repeat(10_240))).rejects.toMatchObject({ status: 400, data: { parameter: 'q' } })
    await expect(searchArticles(req, { q: 'harbour', colour: 'red' })).rejects.toMatchObject({ status: 400, data: { parameter: 'colour' } })
  })
})

describe('search follows renamed bylines and tags', () => {
  it('finds an article by its tag’s new name', async () => {
    const tag = await payload.create({
      collection: 'tags',
      data: { name: `Oldname ${marker}q7`, slug: unique('rename') },
      overrideAccess: true,
    })
    const article = await publish(`Renamed tag story ${unique('r')}`, 'Body.', { tags: [tag.id] })
    expect((await search(`Oldname ${marker}q7`)).results.map((hit) => hit.id)).toEqual([article.id])
    await payload.update({ collection: 'tags', id: tag.id, data: { name: `Newname ${marker}q7` }, overrideAccess: true })
    expect((await search(`Newname ${marker}q7`)).results.map((hit) => hit.id)).toEqual([article.id])
    expect((await search(`Oldname ${marker}q7`)).total).toBe(0)
  })
})

/**
 * Past the thousand newest matches (src/search/domain/ranked-pool.ts), written to the engine itself:
 * twelve hundred stories a minute apart, each holding one word.
 */
describe('search past the ranked pool', () => {
  const word = `${marker}q8`
  const minute = 60_000
  const now = Date.now()
  const id = (n: number) => `${marker}-pool-${n}`
  const storyCount = 1_200
  const document = (n: number): SearchDocument => ({
    id: id(n),
    slug: id(n),
    // Two stories name the word in their title too: one among the newest thousand, one older.
    title: n === 500 || n === 1_150 ? `Story ${n} on ${word}` : `Story ${n}`,
    dek: '',
    body: `Paragraph ${n} with ${word} in it.`,
    authors: '',
    tags: '',
    sectionIds: n % 3 === 0 ? [`${marker}-section`] : [],
    tagIds: [],
    authorIds: [],
    publishedAt: new Date(now - n * minute).toISOString(),
  })
  const query = (extra: Partial<SearchQuery> = {}): SearchQuery => ({
    terms: [word],
    filters: {},
    sort: 'relevance',
    limit: 10,
    page: 1,
    ...extra,
  })
  const engine = () => searchEngineFor(payload)
  const pooled = () => engine().name !== 'mongodb-text' // MongoDB ranks every match and counts exactly

  beforeAll(async () => {
    for (let n = 0; n < storyCount; n += 1) await engine().upsert(document(n))
  }, 120_000)

  afterAll(async () => {
    for (let n = 0; n < storyCount; n += 1) await engine().remove(id(n))
  }, 120_000)

  it('ranks the newest thousand best match first and says the total is estimated', async () => {
    const page = await engine().search(query())
    expect(page.hits[0].id).toBe(id(500))
    if (!pooled()) return expect(page).toMatchObject({ total: storyCount, totalIsEstimate: false })
    expect(page.hits.map((hit) => hit.id)).not.toContain(id(1_150))
    expect(page.totalIsEstimate).toBe(true)
    expect(page.total).toBeGreaterThanOrEqual(RANKED_POOL)
    expect(page.total).toBeLessThanOrEqual(storyCount)
  })

  it('continues past the pool with the older matches, newest first, with no story twice or left out', async () => {
    if (!pooled()) return
    // Positions 990–1019: the last ten of the ranked pool, then the twenty newest older matches.
    const straddling = await engine().search(query({ limit: 30, page: 34 }))
    expect(straddling.hits.slice(10).map((hit) => hit.id)).toEqual(Array.from({ length: 20 }, (_, k) => id(1_000 + k)))
    for (const hit of straddling.hits.slice(0, 10)) expect(Number(hit.id.split('-').pop())).toBeLessThan(RANKED_POOL)
    const seen = new Set<string>()
    for (let page = 1; page <= storyCount / 50; page += 1)
      for (const hit of (await engine().search(query({ limit: 50, page }))).hits) seen.add(hit.id)
    expect(seen.size).toBe(storyCount)
  })

  it('walks newest first, and counts exactly what filters keep under the bound', async () => {
    const newest = await engine().search(query({ sort: 'newest' }))
    expect(newest.hits.map((hit) => hit.id)).toEqual(Array.from({ length: 10 }, (_, k) => id(k)))
    const inSection = await engine().search(query({ filters: { section: `${marker}-section` } }))
    expect(inSection).toMatchObject({ total: storyCount / 3, totalIsEstimate: false })
    const lastHours = await engine().search(query({ filters: { from: new Date(now - 100.5 * minute) }, sort: 'newest' }))
    expect(lastHours).toMatchObject({ total: 101, totalIsEstimate: false })
    expect(lastHours.hits[0]).toMatchObject({ id: id(0) })
    expect(lastHours.hits[0].snippet).toContain('<mark>')
  })
})
