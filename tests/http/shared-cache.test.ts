import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@/seed/demo-logins'
import { request } from './helpers/client'
import { ownDatabase, preparedEnvironment, startServer, type ServerEnvironment, type StartedServer } from './helpers/server'

/**
 * The edge cache's second tier on a server of its own (a SQLite file beside the database; on the
 * PostgreSQL leg, the `edge_responses` table of a database of its own): pages outlive a restart,
 * and the pages a change showed are rendered by the warm-up job before any reader asks.
 */
type CacheStats = { renders: number; sharedHits: number }
/**
 * Of the jobs, only the warm-ups run (their queue is looked at every second): the related-stories
 * refresh an edit queues would purge and warm the story again at its own time, and this test counts
 * the renders one edit costs.
 */
const ONLY_WARM_UPS = { JOBS_CRON: '0 0 1 1 *' }
let environment: ServerEnvironment
let server: StartedServer
let dropDatabase: () => Promise<void> = async () => undefined
let slugs: string[] = []

const stats = async () => (await request<{ pageCache: CacheStats; sharedCache: string }>('/healthz', { base: server.url })).body
const page = async (path: string) => {
  const response = await fetch(`${server.url}${path}`)
  return { status: response.status, cache: response.headers.get('x-cache'), html: await response.text() }
}

beforeAll(async () => {
  const own = await ownDatabase('shared_cache')
  dropDatabase = own.drop
  environment = await preparedEnvironment('shared-cache', own.env)
  server = await startServer(environment, ONLY_WARM_UPS)
  const articles = await request<{ docs: { slug: string }[] }>('/api/articles?limit=100&depth=0&select[slug]=true', { base: server.url })
  slugs = articles.body.docs.map((article) => article.slug)
  expect(slugs.length).toBeGreaterThan(10)
})

afterAll(async () => {
  await server?.stop()
  await dropDatabase()
})

describe('the shared page cache', () => {
  it('serves the first 1,000 article reads after a restart without a render', async () => {
    expect((await stats()).sharedCache).toBe(process.env.HTTP_DATABASE_URL ? 'postgres' : 'file')
    for (const slug of slugs) expect((await page(`/articles/${slug}`)).status).toBe(200)
    await server.stop()
    server = await startServer(environment, ONLY_WARM_UPS)
    const before = (await stats()).pageCache
    const caches = new Map<string, number>()
    for (let read = 0; read < 1000; read += 1) {
      const { status, cache } = await page(`/articles/${slugs[read % slugs.length]}`)
      expect(status).toBe(200)
      caches.set(String(cache), (caches.get(String(cache)) ?? 0) + 1)
    }
    const after = (await stats()).pageCache
    expect(Object.fromEntries(caches)).toEqual({ HIT: 1000 })
    expect(after.renders - before.renders).toBe(0)
    // Each page came from the shared store once, then from the process's memory.
    expect(after.sharedHits - before.sharedHits).toBe(slugs.length)
  })

  it('renders an edited story once, by the warm-up job, so its first reader gets a cached page', async () => {
    const login = await request<{ token: string }>('/api/users/login', {
      base: server.url,
      method: 'POST',
      json: { email: 'editor@newsroom.test', password: DEMO_PASSWORD },
    })
    const found = await request<{ docs: { id: string; slug: string }[] }>(`/api/articles?where[slug][equals]=${slugs[0]}&depth=0`, {
      base: server.url,
    })
    const story = found.body.docs[0]
    const path = `/articles/${story.slug}`
    expect((await page(path)).cache).toBe('HIT')
    const before = (await stats()).pageCache.renders
    const title = `Warmed headline ${Date.now().toString(36)}`
    const saved = await request(`/api/articles/${story.id}`, {
      base: server.url,
      method: 'PATCH',
      token: login.body.token,
      json: { title },
    })
    expect(saved.status).toBe(200)
    // The job renders the story and the front page two seconds after the save (src/cache/warm.ts).
    const deadline = Date.now() + 20_000
    while ((await stats()).pageCache.renders - before < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200))
    const warmed = (await stats()).pageCache.renders
    expect(warmed - before).toBe(2)
    const first = await page(path)
    expect(first.cache).toBe('HIT')
    expect(first.html).toContain(title)
    expect((await page('/')).cache).toBe('HIT')
    expect((await stats()).pageCache.renders).toBe(warmed)
  })
})
