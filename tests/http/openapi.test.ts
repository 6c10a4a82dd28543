import { compileErrors, validate } from '@readme/openapi-parser'
import { beforeAll, describe, expect, it } from 'vitest'

import { baseUrl, loginAs, request, type JsonResponse } from './helpers/client'
import { answerChecker, operationsOf, type DocumentedOperation, type OpenApiDocument } from './helpers/openapi'

/**
 * The API description at /api/openapi.json: it validates as OpenAPI 3.1, and every operation it
 * lists is called on the started server, each answer checked against what the document says for
 * that status (status codes included). A refusal counts too: it must be a status the document
 * lists, with the documented error shape.
 */
let document: OpenApiDocument
let operations: DocumentedOperation[]

type Caller = 'anonymous' | 'reader' | 'other-reader' | 'throwaway' | 'staff'
type Call = { path: string; query?: Record<string, string>; body?: unknown; as?: Caller; headers?: Record<string, string> }

const stamp = Date.now()
const firstReader = { email: `contract-first-${stamp}@example.com`, password: 'contract-password-1', displayName: 'First Reader' }
const otherReader = { email: `contract-other-${stamp}@example.com`, password: 'contract-password-2', displayName: 'Other Reader' }
const tokens: Partial<Record<Caller, string>> = {}
const ids: Record<string, string> = {}

async function signUpVerified(reader: typeof otherReader): Promise<{ id: string; token: string }> {
  const created = await request<{ doc: { id: string } }>('/api/readers', { method: 'POST', json: reader })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const admin = await loginAs('admin')
  const verified = await request(`/api/readers/${created.body.doc.id}`, { method: 'PATCH', json: { _verified: true }, token: admin })
  expect(verified.status, JSON.stringify(verified.body)).toBe(200)
  const login = await request<{ token: string }>('/api/readers/login', {
    method: 'POST',
    json: { email: reader.email, password: reader.password },
  })
  expect(login.status, JSON.stringify(login.body)).toBe(200)
  return { id: created.body.doc.id, token: login.body.token }
}

const firstId = async (path: string) =>
  (await request<{ docs: { id: string }[] }>(`${path}${path.includes('?') ? '&' : '?'}limit=1&depth=0`)).body.docs[0]?.id

beforeAll(async () => {
  const served = await request<OpenApiDocument>('/api/openapi.json')
  expect(served.status).toBe(200)
  document = served.body
  operations = operationsOf(document)

  tokens.staff = await loginAs('moderator')
  const first = await signUpVerified(firstReader)
  tokens.reader = first.token
  ids.firstReader = first.id
  const other = await signUpVerified(otherReader)
  tokens['other-reader'] = other.token
  // A second session of the other reader, for logging out without ending the first.
  tokens.throwaway = (
    await request<{ token: string }>('/api/readers/login', {
      method: 'POST',
      json: { email: otherReader.email, password: otherReader.password },
    })
  ).body.token
  const redirect = await request('/api/redirects', {
    method: 'POST',
    token: await loginAs('editor'),
    json: { from: `/contract-test-${stamp}`, to: { type: 'custom', url: '/' }, type: '301' },
  })
  expect(redirect.status, JSON.stringify(redirect.body)).toBe(201)
  for (const collection of ['authors', 'sections', 'tags', 'media', 'redirects'])
    ids[collection] = (await firstId(`/api/${collection}`)) ?? '00000000-0000-4000-8000-000000000000'
  ids.articles = (await firstId('/api/articles?where[_status][equals]=published'))!
  ids.comments = (await firstId('/api/comments?where[status][equals]=approved'))!
  // The reader's own comment, which the calls below vote on (as another reader), report and delete.
  const posted = await request<{ comment: { id: string } }>('/api/comments', {
    method: 'POST',
    token: tokens.reader,
    json: { article: ids.articles, body: `A comment for the API contract test, ${stamp}.`, formShownAt: Date.now() - 60_000 },
  })
  expect(posted.status, JSON.stringify(posted.body)).toBe(201)
  ids.ownComment = posted.body.comment.id
  await request('/api/comments/moderate', { method: 'POST', token: tokens.staff, json: { ids: [ids.ownComment], action: 'approve' } })
  const subscribed = await request<{ subscription: { id: string } }>('/api/comment-subscriptions', {
    method: 'POST',
    token: tokens['other-reader'],
    json: { article: ids.articles, scope: 'replies' },
  })
  expect(subscribed.status, JSON.stringify(subscribed.body)).toBe(201)
  ids.subscription = subscribed.body.subscription.id
})

const BOGUS_TOKEN = 'not-a-token-from-any-mail-0000000000'

/**
 * How each operation is called. Reads of the public take the ids found above; an operation left
 * out here fails the test, so a new endpoint cannot go undocumented-and-untried.
 */
function callsFor(key: string): Call[] | undefined {
  const article = ids.articles
  const fresh = { email: `contract-new-${stamp}-${Math.random().toString(36).slice(2, 8)}@example.com`, password: 'new-password-1' }
  const table: Record<string, Call[]> = {
    'get /api/articles': [{ path: '/api/articles', query: { limit: '2' } }],
    'get /api/articles/{id}': [{ path: `/api/articles/${article}` }, { path: '/api/articles/no-such-article' }],
    'get /api/authors': [{ path: '/api/authors' }],
    'get /api/authors/{id}': [{ path: `/api/authors/${ids.authors}` }],
    'get /api/sections': [{ path: '/api/sections' }],
    'get /api/sections/{id}': [{ path: `/api/sections/${ids.sections}` }],
    'get /api/tags': [{ path: '/api/tags' }],
    'get /api/tags/{id}': [{ path: `/api/tags/${ids.tags}` }],
    'get /api/media': [{ path: '/api/media', query: { limit: '3' } }],
    'get /api/media/{id}': [{ path: `/api/media/${ids.media}` }],
    'get /api/redirects': [{ path: '/api/redirects' }],
    'get /api/redirects/{id}': [{ path: `/api/redirects/${ids.redirects}` }],
    'get /api/comments': [{ path: '/api/comments', query: { limit: '3' } }],
    'get /api/comments/{id}': [{ path: `/api/comments/${ids.comments}` }],
    'get /api/globals/site-settings': [{ path: '/api/globals/site-settings' }],
    'get /api/readers': [{ path: '/api/readers', as: 'other-reader' }, { path: '/api/readers' }],
    'get /api/readers/{id}': [{ path: '/api/readers/me-placeholder', as: 'other-reader' }],
    'patch /api/comments/{id}': [
      { path: `/api/comments/${ids.ownComment}`, as: 'reader', body: { body: `An edited comment for the contract test, ${stamp}.` } },
      { path: `/api/comments/${ids.ownComment}`, as: 'other-reader', body: { body: 'Not mine to edit.' } },
    ],
    'get /api/comment-subscriptions': [{ path: '/api/comment-subscriptions', as: 'other-reader' }],
    'get /api/comment-subscriptions/{id}': [{ path: `/api/comment-subscriptions/${ids.subscription}`, as: 'other-reader' }],
    'delete /api/comment-subscriptions/{id}': [{ path: `/api/comment-subscriptions/${ids.subscription}`, as: 'other-reader' }],
    'post /api/readers': [
      { path: '/api/readers', body: { ...fresh, displayName: 'New Reader' } },
      { path: '/api/readers', body: { email: 'not-an-address', password: 'x' } },
    ],
    'patch /api/readers/{id}': [{ path: '/api/readers/me-placeholder', as: 'other-reader', body: { displayName: 'Renamed Reader' } }],
    'delete /api/readers/{id}': [{ path: '/api/readers/me-placeholder', as: 'other-reader' }],
    'post /api/readers/login': [
      { path: '/api/readers/login', body: { email: otherReader.email, password: otherReader.password } },
      { path: '/api/readers/login', body: { email: otherReader.email, password: 'wrong-password' } },
    ],
    'post /api/readers/forgot-password': [{ path: '/api/readers/forgot-password', body: { email: otherReader.email } }],
    'post /api/readers/reset-password': [
      { path: '/api/readers/reset-password', body: { token: BOGUS_TOKEN, password: 'another-password-1' } },
    ],
    'post /api/readers/verify/{id}': [{ path: `/api/readers/verify/${BOGUS_TOKEN}` }],
    'post /api/readers/logout': [{ path: '/api/readers/logout', as: 'throwaway' }],
    'get /api/readers/me': [{ path: '/api/readers/me', as: 'other-reader' }, { path: '/api/readers/me' }],
    'post /api/readers/refresh-token': [{ path: '/api/readers/refresh-token', as: 'other-reader' }],
    'get /api/readers/verify-email': [{ path: '/api/readers/verify-email', query: { token: BOGUS_TOKEN } }],
    'get /api/readers/me/export': [{ path: '/api/readers/me/export', as: 'other-reader' }, { path: '/api/readers/me/export' }],
    'get /api/articles/most-read': [{ path: '/api/articles/most-read', query: { limit: '3' } }],
    'post /api/articles/{id}/view': [{ path: `/api/articles/${article}/view` }, { path: '/api/articles/no-such-article/view' }],
    'get /api/articles/{id}/related': [{ path: `/api/articles/${article}/related`, query: { limit: '4' } }],
    'get /api/articles/{id}/suggestions': [
      { path: `/api/articles/${article}/suggestions`, as: 'staff' },
      { path: `/api/articles/${article}/suggestions` },
    ],
    'get /api/articles/{id}/comments': [
      { path: `/api/articles/${article}/comments`, query: { limit: '5', sort: 'top' } },
      { path: `/api/articles/${article}/comments`, as: 'reader' },
      { path: `/api/articles/${article}/comments`, query: { limit: '1000' } },
    ],
    'get /api/articles/{id}/comments/inline': [{ path: `/api/articles/${article}/comments/inline` }],
    'get /api/articles/{id}/comments/live': [{ path: `/api/articles/${article}/comments/live` }],
    'post /api/comments': [
      {
        path: '/api/comments',
        as: 'other-reader',
        body: { article, parent: ids.ownComment, body: `A reply for the contract test, ${stamp}.`, formShownAt: Date.now() - 60_000 },
      },
      { path: '/api/comments', as: 'other-reader', body: { article, body: 42 } },
    ],
    'post /api/comments/guest-token': [{ path: '/api/comments/guest-token' }],
    'post /api/comments/moderate': [
      { path: '/api/comments/moderate', as: 'staff', body: { ids: [ids.ownComment], action: 'feature' } },
      { path: '/api/comments/moderate', as: 'staff', body: { ids: [ids.ownComment], action: 'unfeature' } },
      { path: '/api/comments/moderate', as: 'reader', body: { ids: [ids.ownComment], action: 'approve' } },
    ],
    'get /api/comments/desk': [
      { path: `/api/comments/desk?queue=all&article=${ids.articles}&limit=5`, as: 'staff' },
      { path: '/api/comments/desk?queue=sideways', as: 'staff' },
      { path: '/api/comments/desk', as: 'reader' },
    ],
    'get /api/comments/desk/counts': [{ path: '/api/comments/desk/counts', as: 'staff' }, { path: '/api/comments/desk/counts' }],
    'get /api/comments/desk/live': [{ path: '/api/comments/desk/live', as: 'staff' }, { path: '/api/comments/desk/live' }],
    'get /api/comments/desk/commenter': [
      { path: `/api/comments/desk/commenter?reader=${ids.firstReader}`, as: 'staff' },
      { path: '/api/comments/desk/commenter', as: 'staff' },
    ],
    'get /api/comments/{id}/thread': [{ path: `/api/comments/${ids.ownComment}/thread` }],
    'post /api/comments/{id}/vote': [
      { path: `/api/comments/${ids.ownComment}/vote`, as: 'other-reader', body: { value: 1 } },
      { path: `/api/comments/${ids.ownComment}/vote`, as: 'other-reader', body: { value: 0 } },
      { path: `/api/comments/${ids.ownComment}/vote`, as: 'other-reader', body: { value: 5 } },
      { path: `/api/comments/${ids.ownComment}/vote`, body: { value: 1 } },
    ],
    'post /api/comments/{id}/report': [
      { path: `/api/comments/${ids.ownComment}/report`, as: 'other-reader', body: { reason: 'off-topic' } },
      { path: `/api/comments/${ids.ownComment}/report`, as: 'other-reader', body: { reason: 'off-topic' } },
      { path: `/api/comments/${ids.ownComment}/report`, as: 'reader', body: { reason: 'spam' } },
    ],
    'delete /api/comments/{id}': [{ path: `/api/comments/${ids.ownComment}`, as: 'reader' }],
    'post /api/comment-subscriptions': [
      { path: '/api/comment-subscriptions', as: 'other-reader', body: { article, scope: 'replies' } },
      { path: '/api/comment-subscriptions', body: { article, scope: 'everything' } },
    ],
    'get /api/comment-subscriptions/confirm': [{ path: '/api/comment-subscriptions/confirm', query: { token: BOGUS_TOKEN } }],
    'get /api/comment-subscriptions/unsubscribe': [{ path: '/api/comment-subscriptions/unsubscribe', query: { token: BOGUS_TOKEN } }],
    'post /api/comment-subscriptions/unsubscribe': [{ path: '/api/comment-subscriptions/unsubscribe', query: { token: BOGUS_TOKEN } }],
    'get /api/readyz': [{ path: '/api/readyz' }],
    'get /api/search': [
      { path: '/api/search', query: { q: 'harbour', limit: '3' } },
      { path: '/api/search', query: { q: '' } },
    ],
  }
  return table[key]
}

// Run in this order: what ends a session or removes a document comes last.
const LAST = ['delete /api/comments/{id}', 'post /api/readers/logout', 'delete /api/readers/{id}']

async function perform(operation: DocumentedOperation, call: Call): Promise<JsonResponse<unknown> & { contentType: string | null }> {
  const query = call.query ? `?${new URLSearchParams(call.query)}` : ''
  let path = call.path
  if (path.endsWith('/me-placeholder')) {
    const me = await request<{ user: { id: string } }>('/api/readers/me', { token: tokens[call.as!] })
    path = path.replace('me-placeholder', me.body.user.id)
  }
  if (operation.key.endsWith('/live')) {
    // A stream never ends: its opening (status, type) is what is checked; a refusal is read whole.
    const aborter = new AbortController()
    const token = call.as && call.as !== 'anonymous' ? tokens[call.as] : undefined
    const response = await fetch(`${baseUrl()}${path}${query}`, {
      signal: aborter.signal,
      headers: token ? { Authorization: `JWT ${token}` } : {},
    })
    const contentType = response.headers.get('content-type')
    const body = contentType?.startsWith('application/json') ? ((await response.json()) as unknown) : null
    aborter.abort()
    return { status: response.status, headers: response.headers, body, contentType }
  }
  const answer = await request<unknown>(`${path}${query}`, {
    method: operation.method.toUpperCase(),
    token: call.as && call.as !== 'anonymous' ? tokens[call.as] : undefined,
    ...(call.body !== undefined ? { json: call.body } : {}),
  })
  return { ...answer, contentType: answer.headers.get('content-type') }
}

describe('the OpenAPI description', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    expect(document.openapi).toMatch(/^3\.1\./)
    const result = await validate(structuredClone(document) as never)
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true)
  })

  it('covers the public API: reads of public collections, readers’ accounts and every endpoint of ours, and nothing for staff only', () => {
    const keys = operations.map((operation) => operation.key)
    for (const key of [
      'get /api/articles',
      'get /api/articles/{id}/comments',
      'post /api/comments/{id}/vote',
      'get /api/search',
      'post /api/readers/login',
    ])
      expect(keys).toContain(key)
    for (const key of [
      'get /api/users',
      'post /api/users/login',
      'post /api/articles',
      'get /api/comment-reports',
      'post /api/openapi-auth',
    ])
      expect(keys).not.toContain(key)
  })

  it('matches the server: every operation answers with a documented status and a body of the documented shape', async () => {
    const check = answerChecker(document)
    const ordered = [...operations].sort((a, b) => LAST.indexOf(a.key) - LAST.indexOf(b.key))
    const untried = ordered.filter((operation) => !callsFor(operation.key)).map((operation) => operation.key)
    expect(untried, 'operations with no call in callsFor()').toEqual([])
    const problems: string[] = []
    const statuses = new Map<string, number[]>()
    for (const operation of ordered) {
      for (const call of callsFor(operation.key)!) {
        const answer = await perform(operation, call)
        statuses.set(operation.key, [...(statuses.get(operation.key) ?? []), answer.status])
        if (answer.status >= 500) problems.push(`${operation.key}: ${answer.status} ${JSON.stringify(answer.body)}`)
        const problem = check(operation, answer.status, answer.body, answer.contentType)
        if (problem) problems.push(problem)
      }
    }
    expect(problems).toEqual([])
    // Every operation succeeded at least once, but for those only bogus tokens can reach here.
    const neverOk = [...statuses].filter(([, codes]) => !codes.some((code) => code < 300)).map(([key]) => key)
    expect(neverOk.sort()).toEqual(
      [
        'get /api/comment-subscriptions/confirm',
        'get /api/comment-subscriptions/unsubscribe',
        'get /api/readers/verify-email',
        'post /api/comment-subscriptions/unsubscribe',
        'post /api/readers/reset-password',
        'post /api/readers/verify/{id}',
      ].sort(),
    )
  })
})

describe('the API reference page', () => {
  it('is for staff: anonymous and readers get a 401 page saying where to log in', async () => {
    for (const token of [undefined, tokens.reader]) {
      const response = await request<string>('/api/docs', { token })
      expect(response.status).toBe(401)
      expect(response.headers.get('content-type')).toMatch(/text\/html/)
      expect(response.body).toMatch(/log in to the admin/)
    }
  })

  it('shows staff every documented operation, who may call it, and the description’s address', async () => {
    const response = await request<string>('/api/docs', { token: await loginAs('editor') })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/text\/html/)
    for (const operation of operations) expect(response.body).toContain(`${operation.method.toUpperCase()} ${operation.path}`)
    expect(response.body).toContain('Who: a signed-in reader, or a guest with a voting token.')
    expect(response.body).toMatch(/\/api\/openapi\.json/)
    expect(response.body).not.toMatch(/<script/i)
  })
})
