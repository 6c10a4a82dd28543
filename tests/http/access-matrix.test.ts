import { defineAccessMatrix, type AccessDriver, type Outcome } from '../shared/access-matrix'
import type { MatrixCollection, Role } from '../shared/access-table'
import { gradientImage } from '@/seed/images'
import { baseUrl, graphql, loginAs, request } from './helpers/client'

/** REST and GraphQL, as the demo's staff logins (and anonymously). */
type Tokens = Partial<Record<Role, string>>
const tokens: Tokens = {}
const userIds: Partial<Record<Role, string>> = {}
let image: Buffer

const tokenOf = (role: Role) => tokens[role]
const draftQuery = (collection: MatrixCollection, data?: Record<string, unknown>) =>
  collection === 'articles' && data?._status !== 'published' ? '?draft=true' : ''

async function ready(): Promise<void> {
  for (const role of ['admin', 'editor', 'author', 'moderator'] as const) {
    tokens[role] = await loginAs(role)
    const me = await request<{ user: { id: string } }>('/api/users/me', { token: tokens[role] })
    userIds[role] = me.body.user.id
  }
  tokens.reader = await verifiedReaderToken()
  userIds.reader = (await request<{ user: { id: string } }>('/api/readers/me', { token: tokens.reader })).body.user.id
  image = await gradientImage(['#333333', '#999999'], 5, 64, 36)
}

/** A reader who signed up and whose address an admin confirmed (the e-mail round trip has its own test). */
async function verifiedReaderToken(): Promise<string> {
  const email = `matrix-reader-${Date.now().toString(36)}@example.test`
  const created = await request<{ doc: { id: string } }>('/api/readers', {
    method: 'POST',
    json: { email, password: 'matrix-password-1', displayName: 'Matrix Reader' },
  })
  await request(`/api/readers/${created.body.doc.id}`, { method: 'PATCH', token: tokens.admin, json: { _verified: true } })
  const session = await request<{ token: string }>('/api/readers/login', { method: 'POST', json: { email, password: 'matrix-password-1' } })
  return session.body.token
}

async function uploadMedia(token: string | undefined, data: Record<string, unknown>): Promise<Outcome> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(image)], { type: 'image/jpeg' }), `matrix-${Math.random().toString(36).slice(2)}.jpg`)
  form.append('_payload', JSON.stringify(data))
  const response = await fetch(`${baseUrl()}/api/media`, {
    method: 'POST',
    body: form,
    headers: token ? { Authorization: `JWT ${token}` } : {},
  })
  const body = (await response.json()) as { doc?: { id: string } }
  return { ok: response.ok, status: response.status, id: body.doc?.id }
}

/** The privileged half is the same for both APIs: REST as the admin (and as the author for their drafts). */
const privileged: Pick<AccessDriver, 'userId' | 'privilegedCreate' | 'privilegedRead' | 'privilegedCount' | 'privilegedSettings'> = {
  userId: (role) => userIds[role],
  privilegedCreate: async (collection, data, options = {}) => {
    const token = tokenOf(options.as ?? 'admin')
    const outcome =
      collection === 'media'
        ? await uploadMedia(token, data)
        : await request<{ doc: { id: string } }>(`/api/${collection}${options.draft ? '?draft=true' : ''}`, {
            method: 'POST',
            json: data,
            token,
          }).then((response) => ({ ok: response.status === 201, status: response.status, id: response.body.doc?.id }))
    if (!outcome.ok || !outcome.id) throw new Error(`could not create a ${collection} fixture: ${outcome.status}`)
    return outcome.id
  },
  privilegedRead: async (collection, id) => {
    const response = await request<Record<string, unknown>>(`/api/${collection}/${id}?depth=0&draft=true`, { token: tokenOf('admin') })
    return response.status === 200 ? response.body : undefined
  },
  privilegedCount: async (collection) =>
    (await request<{ totalDocs: number }>(`/api/${collection}?limit=1&depth=0&draft=true`, { token: tokenOf('admin') })).body.totalDocs,
  privilegedSettings: async () => (await request<Record<string, unknown>>('/api/globals/site-settings', { token: tokenOf('admin') })).body,
}

const rest = (): AccessDriver => ({
  ...privileged,
  supports: () => true,
  list: async (role, collection, candidates) => {
    const where = candidates ? `&where[id][in]=${candidates.join(',')}` : ''
    const response = await request<{ docs: { id: string }[] }>(`/api/${collection}?depth=0&limit=100&draft=true${where}`, {
      token: tokenOf(role),
    })
    return { ok: response.status === 200, ids: response.status === 200 ? response.body.docs.map((doc) => doc.id) : [] }
  },
  findById: async (role, collection, id) =>
    (await request(`/api/${collection}/${id}?depth=0&draft=true`, { token: tokenOf(role) })).status === 200,
  create: async (role, collection, data) => {
    if (collection === 'media') return uploadMedia(tokenOf(role), data)
    const response = await request(`/api/${collection}${draftQuery(collection, data)}`, {
      method: 'POST',
      json: data,
      token: tokenOf(role),
    })
    return { ok: response.status === 201, status: response.status }
  },
  update: async (role, collection, id, data) => {
    const response = await request(`/api/${collection}/${id}${draftQuery(collection, data)}`, {
      method: 'PATCH',
      json: data,
      token: tokenOf(role),
    })
    return { ok: response.status === 200, status: response.status }
  },
  remove: async (role, collection, id) => {
    const response = await request(`/api/${collection}/${id}`, { method: 'DELETE', token: tokenOf(role) })
    return { ok: response.status === 200, status: response.status }
  },
  readSettings: async (role) => {
    const response = await request('/api/globals/site-settings', { token: tokenOf(role) })
    return { ok: response.status === 200, status: response.status }
  },
  updateSettings: async (role, data) => {
    const response = await request('/api/globals/site-settings', { method: 'POST', json: data, token: tokenOf(role) })
    return { ok: response.status === 200, status: response.status }
  },
})

/** Payload's GraphQL names: singular type, plural query, `create<Singular>` mutations. */
const NAMES: Record<MatrixCollection, { one: string; many: string }> = {
  articles: { one: 'Article', many: 'Articles' },
  authors: { one: 'Author', many: 'Authors' },
  sections: { one: 'Section', many: 'Sections' },
  tags: { one: 'Tag', many: 'Tags' },
  media: { one: 'Media', many: 'allMedia' },
  users: { one: 'User', many: 'Users' },
  readers: { one: 'Reader', many: 'Readers' },
  redirects: { one: 'Redirect', many: 'Redirects' },
}

/** GraphQL enums cannot start with a digit: Payload names the redirect type "301" `_301`. */
function graphqlData(collection: MatrixCollection, data: Record<string, unknown>): Record<string, unknown> {
  if (collection === 'redirects' && typeof data.type === 'string') return { ...data, type: `_${data.type}` }
  return data
}

async function mutate(role: Role, query: string, variables: Record<string, unknown>): Promise<Outcome> {
  const response = await graphql<Record<string, { id: string } | null>>(query, variables, tokenOf(role))
  const result = response.body.data ? Object.values(response.body.data)[0] : null
  const status = Number(response.body.errors?.[0]?.extensions?.statusCode ?? response.status)
  return { ok: Boolean(result) && !response.body.errors, status, id: result?.id }
}

const graphqlDriver = (): AccessDriver => ({
  ...privileged,
  supports: (collection, operation) => !(collection === 'media' && operation === 'create'),
  list: async (role, collection, candidates) => {
    const where = candidates ? `, where: { id: { in: ${JSON.stringify(candidates)} } }` : ''
    const response = await graphql<Record<string, { docs: { id: string }[] } | null>>(
      `{ list: ${NAMES[collection].many}(limit: 100, draft: true${where}) { docs { id } } }`,
      {},
      tokenOf(role),
    )
    const list = response.body.data?.list
    return { ok: Boolean(list) && !response.body.errors, ids: list?.docs.map((doc) => doc.id) ?? [] }
  },
  findById: async (role, collection, id) => {
    const response = await graphql<Record<string, { id: string } | null>>(
      `{ one: ${NAMES[collection].one}(id: "${id}", draft: true) { id } }`,
      {},
      tokenOf(role),
    )
    return Boolean(response.body.data?.one)
  },
  create: (role, collection, data) => {
    const { one } = NAMES[collection]
    const draft = collection === 'articles' && data._status !== 'published' ? ', draft: true' : ''
    return mutate(role, `mutation ($data: mutation${one}Input!) { create${one}(data: $data${draft}) { id } }`, {
      data: graphqlData(collection, data),
    })
  },
  update: (role, collection, id, data) => {
    const { one } = NAMES[collection]
    const draft = collection === 'articles' && data._status !== 'published' ? ', draft: true' : ''
    return mutate(
      role,
      `mutation ($id: String!, $data: mutation${one}UpdateInput!) { update${one}(id: $id, data: $data${draft}) { id } }`,
      {
        id,
        data: graphqlData(collection, data),
      },
    )
  },
  remove: (role, collection, id) => mutate(role, `mutation ($id: String!) { delete${NAMES[collection].one}(id: $id) { id } }`, { id }),
  readSettings: async (role) => {
    const response = await graphql<{ SiteSetting: { siteName: string } | null }>('{ SiteSetting { siteName } }', {}, tokenOf(role))
    return { ok: Boolean(response.body.data?.SiteSetting), status: response.status }
  },
  updateSettings: async (role, data) => {
    const response = await graphql<{ updateSiteSetting: { tagline: string } | null }>(
      'mutation ($data: mutationSiteSettingInput!) { updateSiteSetting(data: $data) { tagline } }',
      { data },
      tokenOf(role),
    )
    return { ok: Boolean(response.body.data?.updateSiteSetting), status: response.status }
  },
})

defineAccessMatrix('REST', rest, ready)
defineAccessMatrix('GraphQL', graphqlDriver, ready)
