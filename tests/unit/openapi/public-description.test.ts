import { describe, expect, it } from 'vitest'

import { publicDescription, type Document, type PublicSurface } from '@/openapi/domain/public-description'
import { referencePage } from '@/openapi/domain/reference-page'

const op = (extra: Record<string, unknown> = {}) => ({ responses: { 200: { $ref: '#/components/responses/ArticleResponse' } }, ...extra })

const generated: Document = {
  openapi: '3.1.0',
  info: { title: 'API', version: '1' },
  paths: {
    '/api/articles': { get: op(), post: op() },
    '/api/articles/{id}': {
      get: op({ responses: { 200: { $ref: '#/components/responses/MutateArticleResponse' } } }),
      patch: op(),
      delete: op(),
    },
    '/api/users': { get: op() },
    '/api/users/login': { post: op() },
    '/api/readers': { post: op() },
    '/api/readers/{id}': { get: op(), patch: op() },
    '/api/readers/login': { post: op() },
    '/api/readers/first-register': { post: op() },
    '/api/comments': { get: op(), post: op({ summary: 'Payload create' }) },
    '/api/comments/': { post: op({ summary: 'Post a comment or a reply', security: [] }) },
    '/api/search': { get: op({ summary: 'Search', security: [] }) },
  },
  components: {
    schemas: {
      Article: {
        type: 'object',
        properties: { id: { type: 'string' }, section: { oneOf: [{ type: 'string' }, { $ref: '#/components/schemas/Section' }] } },
        required: ['id', 'title'],
      },
      Section: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } }, required: ['id', 'name', 'createdAt'] },
      Reader: { type: 'object', properties: { id: { type: 'string' } }, required: ['id', 'updatedAt'] },
    },
  },
}

const surface: PublicSurface = {
  apiRoute: '/api',
  collectionOperations: { articles: { get: 'anyone' }, comments: { get: 'anyone' }, readers: { patch: 'reader' } },
  readableGlobals: [],
  readerCollection: 'readers',
  readerSchema: 'Reader',
  ownOperations: new Set(['post /api/comments', 'get /api/search']),
}

describe('publicDescription', () => {
  const described = publicDescription(generated, surface)
  const keys = Object.entries(described.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`))

  it('keeps public reads, readers’ account operations and our endpoints; leaves out staff and admin writes', () => {
    expect(keys.sort()).toEqual(
      [
        'get /api/articles',
        'get /api/articles/{id}',
        'post /api/readers',
        'patch /api/readers/{id}',
        'post /api/readers/login',
        'get /api/comments',
        'post /api/comments',
        'get /api/search',
      ].sort(),
    )
  })

  it('puts our endpoint at the collection root in place of Payload’s own operation', () => {
    expect((described.paths['/api/comments'].post as { summary: string }).summary).toBe('Post a comment or a reply')
  })

  it('describes a read by id as the document, and lists the refusals', () => {
    const read = described.paths['/api/articles/{id}'].get as { responses: Record<string, { $ref: string }> }
    expect(read.responses[200].$ref).toBe('#/components/responses/ArticleResponse')
    expect(Object.keys(read.responses)).toEqual(expect.arrayContaining(['400', '404', '429', '503']))
    expect((described.paths['/api/readers/{id}'].patch as { security: unknown[] }).security).toEqual([
      { ReaderCookie: [] },
      { ReaderJWT: [] },
    ])
    expect((described.paths['/api/readers/login'].post as { security: unknown[] }).security).toEqual([])
    expect((described.paths['/api/readers'].post as { security: unknown[] }).security, 'signing up').toEqual([])
  })

  it('points populated relationships at a copy of the schema that requires only the id', () => {
    const schemas = described.components.schemas!
    expect(JSON.stringify(schemas.Article)).toContain('#/components/schemas/SectionPopulated')
    expect(schemas.SectionPopulated.required).toEqual(['id'])
    expect(schemas.Section.required).toEqual(['id', 'name', 'createdAt'])
    expect(schemas.ReaderSession.required).toEqual(['id', 'email', 'collection'])
  })
})

describe('referencePage', () => {
  it('renders every operation and escapes what it shows', () => {
    const hostile = publicDescription({ ...generated, info: { title: '<script>alert(1)</script>', version: '1' } }, surface)
    const page = referencePage(hostile, { description: '/api/openapi.json', graphql: '/api/graphql', admin: '/admin' })
    expect(page).not.toContain('<script>')
    expect(page).toContain('&lt;script&gt;')
    expect(page).toContain('POST /api/comments')
    expect(page).toContain('Who: anyone.')
  })
})
