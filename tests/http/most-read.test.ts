import { describe, expect, it } from 'vitest'

import { quietStory } from '../security/helpers/community'
import { baseUrl, loginAs, request } from './helpers/client'

/**
 * "Most read": the article page's beacon counts a view (no cookie, nothing about the reader kept),
 * each process stores its counts (every 500 ms on the test server), and the front page and
 * GET /api/articles/most-read rank them.
 */
const view = (id: string, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl()}/api/articles/${id}/view`, { method: 'POST', headers })

describe('most read', () => {
  it('counts views and ranks the most read first, in the API and on the front page', async () => {
    const story = await quietStory()
    // An answer read (and cached by the edge) before any of these views must not stay.
    await request('/api/articles/most-read?limit=3')
    for (let i = 0; i < 25; i++) {
      const response = await view(story.id)
      expect(response.status).toBe(204)
      expect(response.headers.get('set-cookie')).toBeNull()
    }
    type MostRead = { items: { article: string; views: number }[] }
    await expect
      .poll(async () => (await request<MostRead>('/api/articles/most-read?limit=3')).body.items[0], { timeout: 10_000 })
      .toEqual({
        article: story.id,
        views: 25,
      })
    const firstOnHome = async () =>
      (await (await fetch(`${baseUrl()}/`)).text()).match(/id="most-read-heading"[\s\S]*?<a href="([^"]+)"/)?.[1]
    await expect.poll(firstOnHome, { timeout: 10_000 }).toBe(`/articles/${story.slug}`)
  })

  it('refuses a view of anything but a published article, with a message to act on', async () => {
    const malformed = await view('not-an-id')
    expect(malformed.status).toBe(400)
    expect(((await malformed.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/id/)
    const story = await quietStory()
    const unknown = story.id.slice(0, -1) + (story.id.endsWith('0') ? '1' : '0')
    expect((await view(unknown)).status).toBe(404)
    const limit = await fetch(`${baseUrl()}/api/articles/most-read?limit=500`)
    expect(limit.status).toBe(400)
  })

  it('keeps the counts for editors only, with nothing about the readers', async () => {
    expect((await request('/api/article-views?limit=1')).status).toBe(403)
    const editor = await loginAs('editor')
    const rows = await request<{ docs: Record<string, unknown>[] }>('/api/article-views?limit=5&depth=0', { token: editor })
    expect(rows.status).toBe(200)
    expect(rows.body.docs.length).toBeGreaterThan(0)
    for (const row of rows.body.docs) {
      expect(Object.keys(row).sort()).toEqual(['article', 'createdAt', 'day', 'id', 'updatedAt', 'views', 'worker'])
    }
  })
})
