import { describe, expect, it } from 'vitest'

import { loginAs, request } from './helpers/client'

/**
 * Requests Payload's admin makes as staff, which the request guards must leave working. Its
 * relationship columns look up the names of linked documents 250 at a time; refused, every list
 * showed "Untitled - ID: …" instead of a section, author, article or reader name.
 */
describe("the admin's name look-ups", () => {
  const lookUp = (collection: string, ids: string[], token?: string) =>
    request<{ docs: { id: string }[]; errors?: { message: string }[] }>(
      `/api/${collection}?depth=0&draft=true&limit=250&${ids.map((id, index) => `where[id][in][${index}]=${id}`).join('&')}`,
      { token },
    )

  it.each(['editor', 'moderator', 'author'] as const)('answer %s with the documents asked for', async (role) => {
    const token = await loginAs(role)
    const sections = await request<{ docs: { id: string }[] }>('/api/sections?limit=5&depth=0', { token })
    const ids = sections.body.docs.map((doc) => doc.id)
    expect(ids.length).toBeGreaterThan(0)
    const response = await lookUp('sections', ids, token)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(response.body.docs.map((doc) => doc.id).sort()).toEqual([...ids].sort())
  })

  it('keep the anonymous cap of 100', async () => {
    const response = await lookUp('sections', ['00000000-0000-4000-8000-000000000000'])
    expect(response.status).toBe(400)
    expect(response.body.errors?.[0]?.message).toMatch(/limit must be a whole number from 0 to 100/)
  })

  it('refuse staff more than 1000 at once', async () => {
    const response = await request('/api/sections?limit=1001', { token: await loginAs('editor') })
    expect(response.status).toBe(400)
  })
})
