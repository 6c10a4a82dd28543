/**
 * Shapes the description `payload-oapi` generates into the public API a front end may use: the
 * reads of every collection and global anonymous readers can read, the readers' account
 * operations, and every endpoint of ours. Staff-only collections, staff logins, and the writes
 * that go through the admin stay out: a client generated from this must not offer them.
 */

type Json = Record<string, unknown>
type Operation = Json & { responses?: Record<string, unknown>; security?: unknown; tags?: string[] }
type PathItem = Record<string, Operation | unknown>

export type Document = Json & { paths: Record<string, PathItem>; components: Json & { schemas?: Record<string, Json> } }

export type CollectionMethod = 'get' | 'patch' | 'delete'
export type Caller = 'anyone' | 'reader'

export type PublicSurface = {
  /** Payload's API route, e.g. `/api`. */
  apiRoute: string
  /**
   * What the public may do to each collection through Payload's own routes, and who: `anyone`, or
   * a signed-in `reader` (e.g. edit their comment, list their subscriptions). Left out: staff only.
   */
  collectionOperations: Record<string, Partial<Record<CollectionMethod, Caller>>>
  /** Globals an anonymous reader may read. */
  readableGlobals: string[]
  /** The collection of reader accounts: sign-up, login and the rest of the account operations. */
  readerCollection: string
  /** Its schema's name in the generated components, e.g. `Reader`. */
  readerSchema: string
  /** `get /api/search`-style keys of the endpoints of ours that carry a description. */
  ownOperations: Set<string>
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

/** Payload's account operations a reader uses; first-register, unlock and init are for staff. */
const READER_AUTH = ['login', 'logout', 'me', 'refresh-token', 'forgot-password', 'reset-password', 'verify/{id}']

export const ERROR_SCHEMA = {
  type: 'object',
  description: 'Every refusal: one or more messages a front-end developer can act on.',
  properties: {
    errors: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        properties: {
          message: { type: 'string' },
          name: { type: 'string' },
          data: { description: 'Details, e.g. `{ "parameter": "limit" }` or the fields that failed validation.' },
          field: { type: 'string' },
        },
        required: ['message'],
      },
    },
  },
  required: ['errors'],
}

const errorResponse = (description: string) => ({ $ref: `#/components/responses/${description}` })

/** The refusals any operation can give, besides what its own description lists. */
export const ERROR_RESPONSES: Record<string, { description: string; content: Json }> = {
  BadRequest: { description: 'The request is malformed: the message names the parameter or field.', content: errorContent() },
  Unauthorized: { description: 'Sign in first (or the session has expired).', content: errorContent() },
  Forbidden: { description: 'Signed in, but not allowed to do this.', content: errorContent() },
  NotFound: { description: 'Nothing with this id that you may see.', content: errorContent() },
  Conflict: { description: 'Already done (e.g. a second report of one comment).', content: errorContent() },
  PayloadTooLarge: { description: 'The request body is too large.', content: errorContent() },
  TooManyRequests: { description: 'Rate limit: wait for Retry-After seconds.', content: errorContent() },
  ServiceUnavailable: {
    description: 'The database is restarting or unreachable: retry after Retry-After seconds.',
    content: errorContent(),
  },
}

function errorContent(): Json {
  return { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } }
}

export const SECURITY_SCHEMES = {
  ReaderCookie: { type: 'apiKey', in: 'cookie', name: 'payload-token', description: 'A reader’s session, set by POST /api/readers/login.' },
  ReaderJWT: {
    type: 'http',
    scheme: 'bearer',
    description: 'A reader’s token from POST /api/readers/login, sent as `Authorization: JWT <token>`.',
  },
  StaffCookie: { type: 'apiKey', in: 'cookie', name: 'payload-token', description: 'A newsroom login (the admin’s session).' },
  StaffJWT: {
    type: 'http',
    scheme: 'bearer',
    description: 'A newsroom token from POST /api/users/login, sent as `Authorization: JWT <token>`.',
  },
  GuestToken: {
    type: 'apiKey',
    in: 'header',
    name: 'X-Guest-Token',
    description: 'A guest’s voting identity, from POST /api/comments/guest-token.',
  },
  FrontendToken: {
    type: 'apiKey',
    in: 'header',
    name: 'X-Frontend-Token',
    description:
      'A trusted front end’s key (`npm run frontend-token -- <name>`): its reads count against the front-end rate limit instead of one address’s.',
  },
}

/** Who may call a generated collection operation, or undefined when the public may not. */
function collectionCaller(surface: PublicSurface, path: string, method: string): Caller | undefined {
  for (const [slug, operations] of Object.entries(surface.collectionOperations)) {
    const base = `${surface.apiRoute}/${slug}`
    if (path === base && method === 'get') return operations.get
    if (path === `${base}/{id}`) return operations[method as CollectionMethod]
  }
  return undefined
}

function keep(surface: PublicSurface, path: string, method: string): boolean {
  const api = surface.apiRoute
  if (surface.ownOperations.has(`${method} ${path}`)) return true
  const readerBase = `${api}/${surface.readerCollection}`
  if (READER_AUTH.some((operation) => path === `${readerBase}/${operation}`)) return true
  if (path === readerBase && method === 'post') return true // signing up
  if (method === 'get' && surface.readableGlobals.some((slug) => path === `${api}/globals/${slug}`)) return true
  return collectionCaller(surface, path, method) !== undefined
}

/** The refusals an operation can meet, by what it is. */
function refusalsFor(path: string, method: string, operation: Operation): Record<string, unknown> {
  const refusals: Record<string, unknown> = { 400: errorResponse('BadRequest') }
  const open = Array.isArray(operation.security) && operation.security.length === 0
  if (!open || method !== 'get') {
    refusals[401] = errorResponse('Unauthorized')
    refusals[403] = errorResponse('Forbidden')
  }
  if (path.includes('{')) refusals[404] = errorResponse('NotFound')
  if (method === 'post') {
    refusals[409] = errorResponse('Conflict')
    refusals[413] = errorResponse('PayloadTooLarge')
  }
  refusals[429] = errorResponse('TooManyRequests')
  refusals[503] = errorResponse('ServiceUnavailable')
  return refusals
}

const READER_SIGNED_IN = [{ ReaderCookie: [] }, { ReaderJWT: [] }]
/** Reader account operations anyone may call (besides signing up): logging in and the e-mailed links. */
const READER_ANONYMOUS = ['/login', '/forgot-password', '/reset-password', '/verify/{id}']

/**
 * Payload's find-by-id answers the document itself, which the generator describes as the
 * `{ message, doc }` of a write. Public reads need no key; a reader's account operations need the
 * reader signed in, but for signing up, logging in and the e-mailed links.
 */
function repairGenerated(path: string, method: string, operation: Operation, surface: PublicSurface): Operation {
  const responses = { ...(operation.responses ?? {}) }
  const ok = responses[200] as { $ref?: string } | undefined
  // Payload answers a read by id with the document, and an update or delete with `{ message, doc }`.
  if (ok?.$ref && method === 'get') responses[200] = { $ref: ok.$ref.replace(/\/Mutate(\w+)Response$/, '/$1Response') }
  if (ok?.$ref && (method === 'patch' || method === 'delete'))
    responses[200] = { $ref: ok.$ref.replace(/\/(?!Mutate)(\w+)Response$/, '/Mutate$1Response') }
  // A "not found" with no body; ours says why, in the error shape.
  for (const [status, response] of Object.entries(responses))
    if ((response as { $ref?: string }).$ref?.endsWith('NotFoundResponse')) delete responses[status]
  const readerBase = `${surface.apiRoute}/${surface.readerCollection}`
  // The reader-account part of the path ('' for the collection itself), or null outside it.
  const accountPath = path === readerBase || path.startsWith(`${readerBase}/`) ? path.slice(readerBase.length) : null
  const session = accountPath ? authAnswers(surface.readerSchema)[accountPath] : undefined
  if (session) responses[200] = session
  const anonymous =
    accountPath === null
      ? collectionCaller(surface, path, method) !== 'reader'
      : (accountPath === '' && method === 'post') || READER_ANONYMOUS.includes(accountPath)
  return { ...operation, responses, security: anonymous ? [] : READER_SIGNED_IN }
}

/**
 * What Payload's login, me and refresh-token really answer: the user carries `_strategy`, and
 * login's `updatedAt` can be null, which the generated schemas refuse.
 */
function authAnswers(schema: string): Record<string, Json> {
  const user = { $ref: `#/components/schemas/${schema}Session` }
  const json = (description: string, properties: Json, required: string[]) => ({
    description,
    content: { 'application/json': { schema: { type: 'object', properties, required } } },
  })
  return {
    '/login': json(
      'Logged in: the token also comes as an HTTP-only cookie.',
      { message: { type: 'string' }, user, token: { type: 'string' }, exp: { type: 'integer' } },
      ['message', 'user'],
    ),
    '/me': json(
      'Who is signed in: `user` is null for nobody.',
      {
        user: { oneOf: [user, { type: 'null' }] },
        collection: { type: 'string' },
        strategy: { type: 'string' },
        exp: { type: 'integer' },
        token: { type: 'string' },
        message: { type: 'string' },
      },
      ['user'],
    ),
    '/refresh-token': json(
      'A fresh token for the same session.',
      {
        message: { type: 'string' },
        refreshedToken: { type: 'string' },
        setCookie: { type: 'boolean' },
        strategy: { type: 'string' },
        exp: { type: 'integer' },
        user,
      },
      ['refreshedToken', 'user'],
    ),
  }
}

/**
 * A relationship answers an id, or the linked document as far as it was populated: often a few
 * fields (`defaultPopulate`), never necessarily all. Those branches point at a `…Populated` copy of
 * the schema that requires the id only.
 */
function withPopulatedVariants(schemas: Record<string, Json>): Record<string, Json> {
  const populated = new Set<string>()
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite)
    if (typeof node !== 'object' || node === null) return node
    const object = node as Json
    const entries = Object.entries(object).map(([key, value]) => {
      if (key === 'oneOf' && Array.isArray(value) && value.some((branch) => !(branch as Json).$ref)) {
        return [
          key,
          value.map((branch) => {
            const ref = (branch as Json).$ref
            if (typeof ref !== 'string' || !ref.startsWith('#/components/schemas/')) return rewrite(branch)
            const name = ref.slice('#/components/schemas/'.length)
            populated.add(name)
            return { $ref: `#/components/schemas/${name}Populated` }
          }),
        ]
      }
      return [key, rewrite(value)]
    })
    return Object.fromEntries(entries)
  }
  const rewritten = Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, rewrite(schema) as Json]))
  for (const name of populated) {
    const schema = rewritten[name]
    if (schema) rewritten[`${name}Populated`] = { ...schema, title: `${String(schema.title ?? name)} (populated)`, required: ['id'] }
  }
  return rewritten
}

/** The reader as the auth operations answer it. */
function sessionSchema(reader: Json | undefined): Json {
  const properties = (reader?.properties ?? {}) as Json
  return {
    ...reader,
    title: 'Signed-in reader',
    properties: { ...properties, updatedAt: { type: ['string', 'null'] }, _strategy: { type: 'string' } },
    required: ['id', 'email', 'collection'],
  }
}

/** Where the server answers a path: `/api/comments/` (an endpoint at a collection's root) is `/api/comments`. */
export const servedPath = (path: string) => (path.length > 1 ? path.replace(/\/$/, '') : path)

/**
 * An endpoint of ours at a collection's root (`path: '/'`) is generated as `/api/comments/`; the
 * server answers it at `/api/comments`, where it replaces Payload's own operation. Later entries
 * (the generator lists custom endpoints last) win.
 */
function withoutTrailingSlashes(paths: Record<string, PathItem>): Record<string, PathItem> {
  const merged: Record<string, PathItem> = {}
  for (const [path, item] of Object.entries(paths)) {
    const bare = servedPath(path)
    merged[bare] = { ...merged[bare], ...item }
  }
  return merged
}

/** The public description, from the generated one. */
export function publicDescription(generated: Document, surface: PublicSurface): Document {
  const paths: Record<string, PathItem> = {}
  for (const [path, item] of Object.entries(withoutTrailingSlashes(generated.paths))) {
    const kept: PathItem = {}
    for (const [key, value] of Object.entries(item)) {
      if (!METHODS.includes(key)) continue
      if (!keep(surface, path, key)) continue
      const operation = surface.ownOperations.has(`${key} ${path}`)
        ? (value as Operation)
        : repairGenerated(path, key, value as Operation, surface)
      kept[key] = { ...operation, responses: { ...refusalsFor(path, key, operation), ...operation.responses } }
    }
    if (Object.keys(kept).length === 0) continue
    if (item.parameters) kept.parameters = item.parameters
    paths[path] = kept
  }
  return {
    ...generated,
    paths,
    components: {
      ...generated.components,
      schemas: {
        ...withPopulatedVariants(generated.components.schemas ?? {}),
        [`${surface.readerSchema}Session`]: sessionSchema(generated.components.schemas?.[surface.readerSchema]),
        Error: ERROR_SCHEMA,
      },
      responses: { ...(generated.components.responses as Json | undefined), ...ERROR_RESPONSES },
      securitySchemes: SECURITY_SCHEMES,
    },
  }
}
