import { describe, expect, it } from 'vitest'

import { graphql, loginAs, request } from './helpers/client'

/**
 * GraphQL and REST requests that a schema-driven fuzzer found answering 500 (issue 16). Each must be
 * a 4xx naming the problem, or a proper answer, never a server error.
 */
const isClientError = (status: number) => status >= 400 && status < 500

describe('a null inside where', () => {
  it.each([
    ['Articles', '{ Articles(where: { breaking: null }) { totalDocs } }'],
    ['Authors', '{ Authors(where: { name: null }) { totalDocs } }'],
    ['Tags', '{ Tags(where: { name: null }) { totalDocs } }'],
    ['allMedia', '{ allMedia(where: { alt: null }) { totalDocs } }'],
    ['countArticles', '{ countArticles(where: { breaking: null }) { totalDocs } }'],
    ['an OR branch', '{ Articles(where: { OR: [null] }) { totalDocs } }'],
  ])('is a 400 naming the condition (%s)', async (_name, query) => {
    const response = await graphql(query)
    expect(isClientError(response.status), JSON.stringify(response.body)).toBe(true)
    expect(response.body.errors?.[0]?.message).toMatch(/where/)
  })

  it('is a 400 for moderators on their own collections too', async () => {
    const token = await loginAs('moderator')
    const response = await graphql('{ CommentSubscriptions(where: { email: null }) { totalDocs } }', {}, token)
    expect(response.status).toBe(400)
    expect(response.body.errors?.[0]?.message).toMatch(/where\[email\]/)
  })
})

describe("Payload's access queries", () => {
  it('tell an anonymous caller they cannot reach the admin', async () => {
    const response = await graphql<{ Access: { canAccessAdmin: boolean } }>('{ Access { canAccessAdmin } }')
    expect(response.status).toBe(200)
    expect(response.body.data?.Access.canAccessAdmin).toBe(false)
  })

  it('tell staff they can', async () => {
    const response = await graphql<{ Access: { canAccessAdmin: boolean } }>('{ Access { canAccessAdmin } }', {}, await loginAs('editor'))
    expect(response.body.data?.Access.canAccessAdmin).toBe(true)
  })

  it("answer each collection's permissions, refused and allowed, in full", async () => {
    const query = '{ Access { articles { create { permission } read { permission } } } }'
    const anonymous = await graphql<{ Access: { articles: { create: { permission: boolean }; read: { permission: boolean } } } }>(query)
    expect(anonymous.status, JSON.stringify(anonymous.body)).toBe(200)
    expect(anonymous.body.data?.Access.articles).toEqual({ create: { permission: false }, read: { permission: true } })
    const editor = await graphql<{ Access: { articles: { create: { permission: boolean } } } }>(query, {}, await loginAs('editor'))
    expect(editor.body.data?.Access.articles.create.permission).toBe(true)
  })

  it("answer a document's permissions, down to its fields", async () => {
    const token = await loginAs('editor')
    const list = await graphql<{ Articles: { docs: { id: string }[] } }>('{ Articles(limit: 1) { docs { id } } }', {}, token)
    const id = list.body.data!.Articles.docs[0].id
    const query = `{ docAccessArticle(id: "${id}") { update { permission } delete { permission } fields { title { update { permission } } } } }`
    type DocAccess = { docAccessArticle: { update: { permission: boolean }; fields: { title: { update: { permission: boolean } } } } }
    const editor = await graphql<DocAccess>(query, {}, token)
    expect(editor.status, JSON.stringify(editor.body)).toBe(200)
    expect(editor.body.data?.docAccessArticle.update.permission).toBe(true)
    expect(editor.body.data?.docAccessArticle.fields.title.update.permission).toBe(true)
    const anonymous = await graphql<DocAccess>(query)
    expect(anonymous.status, JSON.stringify(anonymous.body)).toBe(200)
    expect(anonymous.body.data?.docAccessArticle.update.permission).toBe(false)
  })

  it('refuse a document id that is no id with a 400', async () => {
    const response = await graphql('{ docAccessArticle(id: "") { update { permission } } }')
    expect(response.status).toBe(400)
    expect(response.body.errors?.[0]?.message).toMatch(/id/)
  })

  it("answer a global's document access with its permissions", async () => {
    const token = await loginAs('editor')
    for (const name of ['docAccessSiteSetting', 'docAccessCommentSetting']) {
      const response = await graphql<Record<string, { update: { permission: boolean } }>>(
        `{ ${name} { update { permission } } }`,
        {},
        token,
      )
      expect(response.status, JSON.stringify(response.body)).toBe(200)
      expect(response.body.data?.[name]?.update.permission).toBe(true)
    }
  })
})

describe('e-mail verification of readers without the token', () => {
  it('is a 400 naming token, over GraphQL', async () => {
    for (const call of ['mutation { verifyEmailReader }', 'mutation { verifyEmailReader(token: "") }']) {
      const response = await graphql(call)
      expect(response.status, call).toBe(400)
      expect(response.body.errors?.[0]?.message, call).toMatch(/^token is required/)
    }
  })
})

describe('a list sent as null', () => {
  it('clears it, over REST and GraphQL, on collections and globals', async () => {
    const admin = await loginAs('admin')
    const author = (await request<{ docs: { id: string }[] }>('/api/authors?limit=1&depth=0')).body.docs[0]
    const cleared = await request<{ doc: { socialLinks: unknown[] } }>(`/api/authors/${author.id}`, {
      method: 'PATCH',
      token: admin,
      json: { socialLinks: null },
    })
    expect(cleared.status, JSON.stringify(cleared.body)).toBe(200)
    expect(cleared.body.doc.socialLinks).toEqual([])

    const settings = await request<{ socialLinks: unknown[] }>('/api/globals/site-settings?depth=0', { token: admin })
    const kept = settings.body.socialLinks
    const viaGraphql = await graphql<{ updateSiteSetting: { socialLinks: unknown[] } }>(
      'mutation { updateSiteSetting(data: { socialLinks: null }, draft: true) { socialLinks { url } } }',
      {},
      admin,
    )
    expect(viaGraphql.status, JSON.stringify(viaGraphql.body)).toBe(200)
    expect(viaGraphql.body.data?.updateSiteSetting.socialLinks).toEqual([])
    // Put the site's links back for the files after this one.
    expect((await request('/api/globals/site-settings', { method: 'POST', token: admin, json: { socialLinks: kept } })).status).toBe(200)
  })
})

describe('a global pointing at a document that does not exist', () => {
  it('is a 400 naming the field, over GraphQL and REST, and nothing is written', async () => {
    const admin = await loginAs('admin')
    const before = (await request<{ siteName: string }>('/api/globals/site-settings?depth=0', { token: admin })).body.siteName
    const nowhere = '00000000-0000-4000-8000-000000000000'
    const viaGraphql = await graphql(
      `mutation { updateSiteSetting(data: { siteName: "Forged", logo: "${nowhere}" }) { siteName } }`,
      {},
      admin,
    )
    expect(viaGraphql.status, JSON.stringify(viaGraphql.body)).toBe(400)
    expect(JSON.stringify(viaGraphql.body.errors)).toMatch(/No media document has the ID/)
    const viaRest = await request<{ errors: { data?: { errors?: { path: string }[] } }[] }>('/api/globals/site-settings', {
      method: 'POST',
      token: admin,
      json: { siteName: 'Forged', logo: nowhere },
    })
    expect(viaRest.status).toBe(400)
    expect(viaRest.body.errors[0].data?.errors?.[0]?.path).toBe('logo')
    expect((await request<{ siteName: string }>('/api/globals/site-settings?depth=0', { token: admin })).body.siteName).toBe(before)
  })
})

describe('e-mail verification of staff logins, which have none', () => {
  it('is a 404 over GraphQL', async () => {
    const response = await graphql('mutation { verifyEmailUser(token: "") }')
    expect(response.status).toBe(404)
    expect(response.body.errors?.[0]?.message).toMatch(/not verified by e-mail/)
  })

  it('is a 404 over REST', async () => {
    const response = await request<{ errors: { message: string }[] }>('/api/users/verify/abc', { method: 'POST' })
    expect(response.status).toBe(404)
    expect(response.body.errors[0].message).toMatch(/not verified by e-mail/)
  })
})
