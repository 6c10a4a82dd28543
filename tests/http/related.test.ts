import { beforeAll, describe, expect, it } from 'vitest'

import { articles as demoArticles } from '@/seed/content/demo-content'
import { draftArticle } from '@/seed/content/demo-content'
import { graphql, loginAs, request } from './helpers/client'

type RelatedBody = {
  items: { id: string; slug: string; title: string; reasons: string[]; source: string; image: { url: string; alt: string } | null }[]
  errors?: { message: string }[]
}

const idsBySlug = new Map<string, string>()

beforeAll(async () => {
  const all = await request<{ docs: { id: string; slug: string }[] }>('/api/articles?limit=100&depth=0&select[slug]=true')
  for (const doc of all.body.docs) idsBySlug.set(doc.slug, doc.id)
})

const storylines = [...new Set(demoArticles.map((article) => article.storyline).filter((name): name is string => Boolean(name)))]

describe('GET /api/articles/:id/related on the demo content', () => {
  it.each(storylines)('puts the other parts of the "%s" story near the top', async (storyline) => {
    const parts = demoArticles.filter((article) => article.storyline === storyline)
    let found = 0
    let possible = 0
    for (const part of parts) {
      const response = await request<RelatedBody>(`/api/articles/${idsBySlug.get(part.slug)}/related?limit=4`)
      expect(response.status).toBe(200)
      expect(response.body.items).toHaveLength(4)
      const siblings = parts.filter((other) => other.slug !== part.slug).map((other) => other.slug)
      const shown = response.body.items.map((item) => item.slug)
      const hits = shown.filter((slug) => siblings.includes(slug)).length
      // Every part leads to the rest of its story; the demo also has deliberate look-alikes (a
      // corrosion explainer, a theatre hit by the closure), which may take a slot.
      expect(hits, `${part.slug}: ${shown.join(', ')}`).toBeGreaterThanOrEqual(1)
      found += hits
      possible += Math.min(4, siblings.length)
    }
    expect(found / possible).toBeGreaterThanOrEqual(0.66)
  })

  it('says why each story was chosen and gives what a card needs', async () => {
    const id = idsBySlug.get(demoArticles[0].slug)
    const response = await request<RelatedBody>(`/api/articles/${id}/related`)
    expect(response.body.items).toHaveLength(4)
    for (const item of response.body.items) {
      expect(item.reasons.length).toBeGreaterThan(0)
      expect(['curated', 'scored', 'latest-in-section']).toContain(item.source)
      expect(item.title).toBeTruthy()
      expect(item.image?.alt).toBeTruthy()
      expect(item.id).not.toBe(id)
    }
  })

  it('refuses a bad limit and answers 404 for an unknown article', async () => {
    const id = idsBySlug.get(demoArticles[0].slug)
    expect((await request(`/api/articles/${id}/related?limit=0`)).status).toBe(400)
    expect((await request(`/api/articles/${id}/related?limit=ten`)).status).toBe(400)
    expect((await request('/api/articles/00000000-0000-4000-8000-000000000000/related')).status).toBe(404)
    expect((await request('/api/articles/not-an-id/related')).status).toBe(404)
  })

  it('is the `related` field of the GraphQL Article type', async () => {
    const id = idsBySlug.get(demoArticles[0].slug)
    const rest = await request<RelatedBody>(`/api/articles/${id}/related?limit=4`)
    const result = await graphql<{ Article: { related: { id: string; title: string }[] } }>(
      'query ($id: String!) { Article(id: $id) { title related { id title } } }',
      { id },
    )
    expect(result.status).toBe(200)
    expect(result.body.data?.Article.related.map((article) => article.id)).toEqual(rest.body.items.map((item) => item.id))
  })
})

describe("GET /api/articles/:id/suggestions (the editor's sidebar)", () => {
  it('scores a draft on the spot for staff, with reasons and titles, and refuses anonymous callers', async () => {
    const editor = await loginAs('editor')
    const drafts = await request<{ docs: { id: string }[] }>(`/api/articles?where[slug][equals]=${draftArticle.slug}&depth=0&draft=true`, {
      token: editor,
    })
    const id = drafts.body.docs[0].id
    expect((await request(`/api/articles/${id}/suggestions`)).status).toBe(403)
    const response = await request<{ items: { id: string; title: string; reasons: string[]; score: number }[] }>(
      `/api/articles/${id}/suggestions`,
      { token: editor },
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toContain('no-store')
    for (const item of response.body.items) {
      expect(item.title).toBeTruthy()
      expect(item.reasons.length).toBeGreaterThan(0)
      expect(item.id).not.toBe(id)
    }
  })
})
