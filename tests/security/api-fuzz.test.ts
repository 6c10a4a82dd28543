import fc from 'fast-check'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@/seed/demo-logins'
import { request } from '../http/helpers/client'
import { resolveRef } from '@/openapi/domain/json-pointer'
import { answerChecker, operationsOf as restOperationsOf, type DocumentedOperation, type OpenApiDocument } from '../http/helpers/openapi'
import { preparedEnvironment, startServer, type ServerEnvironment, type StartedServer } from '../http/helpers/server'

/**
 * Schema-driven fuzzers for both APIs, on one server of their own. GraphQL first: a schema-driven fuzzer. On a server of its own (its own SQLite file with the demo, so
 * nothing it changes reaches other tests; introspection on), every query and mutation of the schema
 * is called with arguments fast-check makes from their declared types — nulls, empty and huge
 * strings, wrong types, huge and negative numbers, unknown enum values, nested inputs — anonymously
 * and as each role. Any 5xx, any stack trace and any credential in an answer fails. Bounded: a fixed
 * seed and RUNS calls per operation and role, so the run is the same every time. Its server is
 * always SQLite, so it runs in the SQLite leg of the HTTP tests only.
 *
 * Then REST, driven by /api/openapi.json: every operation with path, query and body values made
 * from their documented schemas (and hostile ones), as each role. Besides 5xx, stack traces and
 * secrets, an answer whose status the document does not list, or whose body does not match what it
 * documents for that status, fails.
 */
const RUNS = 3
// REST calls are cheaper than GraphQL's (no schema walk): more of them in the same time.
const REST_RUNS = 10
const SEED = 20261206
/** Node's default --max-http-header-size (16 KiB): the request line counts towards it. */
const NODE_HEADER_LIMIT = 16 * 1024
const ROLES = ['anonymous', 'admin', 'editor', 'author', 'moderator', 'reader'] as const
type Role = (typeof ROLES)[number]
// Ending the session would end the role's run.
const SKIPPED = /^(logout|refreshToken)/
// What no answer may carry, whoever asks.
const SECRETS = /"(hash|salt|resetPasswordToken|_verificationToken|apiKey|idempotencyKey|guestEmail|ipHash)":"[^"]+"/

let environment: ServerEnvironment
let server: StartedServer
let schema: GraphQLSchema
const tokens = new Map<Role, string | undefined>()
const dir = fs.mkdtempSync(path.join(process.env.TEST_TMP_DIR ?? os.tmpdir(), 'fuzz-db-'))

beforeAll(async () => {
  if (process.env.HTTP_DATABASE_URL) return
  environment = await preparedEnvironment('fuzz', { DATABASE_URL: `file:${path.join(dir, 'fuzz.db')}` })
  server = await startServer(environment, { GRAPHQL_INTROSPECTION: 'true', GRAPHQL_MAX_COMPLEXITY: '600' })
  const introspection = await request<{ data: IntrospectionQuery }>('/api/graphql', {
    base: server.url,
    method: 'POST',
    json: { query: getIntrospectionQuery() },
  })
  schema = buildClientSchema(introspection.body.data)
  for (const role of ROLES) {
    if (role === 'anonymous') continue
    const collection = role === 'reader' ? 'readers' : 'users'
    const email = role === 'reader' ? 'reader@newsroom.test' : `${role}@newsroom.test`
    const login = await request<{ token: string }>(`/api/${collection}/login`, {
      base: server.url,
      method: 'POST',
      json: { email, password: DEMO_PASSWORD },
    })
    expect(login.status, `login as ${role}`).toBe(200)
    tokens.set(role, login.body.token)
  }
})

afterAll(async () => {
  await server?.stop()
  for (const folder of [environment?.dir, dir]) if (folder) fs.rmSync(folder, { recursive: true, force: true })
})

/** What no answer may be, over either API: a server error, a stack trace, a secret. */
function serverFault(status: number, text: string): string | null {
  if (status >= 500) return `HTTP ${status}`
  if (/\n\s+at .+:\d+:\d+|"stack":/.test(text)) return 'a stack trace'
  if (SECRETS.test(text)) return `a secret (${SECRETS.exec(text)?.[1]})`
  return null
}

const anyString = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 12 }),
  fc.constant('x'.repeat(5000)),
  fc.constant('00000000-0000-4000-8000-000000000000'),
  fc.constant("' OR 1=1 --"),
  fc.constant('{"$gt":""}'),
)
const anyNumber = fc.oneof(fc.integer(), fc.constant(2 ** 31 - 1), fc.constant(-1), fc.constant(0), fc.double({ noNaN: true }))
const wrongType = fc.oneof(fc.constant(null), fc.boolean(), fc.constant('not-a-number'), fc.constant({ nested: true }), fc.constant([1, 2]))

/** Values for a declared input type: mostly of that type, sometimes null or of another type. */
function valueFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 3) return fc.constant(null)
  if (isNonNullType(type))
    return fc.oneof({ weight: 8, arbitrary: valueFor(type.ofType, depth) }, { weight: 1, arbitrary: fc.constant(null) })
  const plain = (() => {
    if (isListType(type)) return fc.array(valueFor(type.ofType, depth + 1), { maxLength: 3 })
    if (isEnumType(type)) return fc.oneof(fc.constantFrom(...type.getValues().map((value) => value.name)), fc.constant('NOT_A_VALUE'))
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields())
      return fc.record(Object.fromEntries(fields.map((field) => [field.name, valueFor(field.type, depth + 1)])), { requiredKeys: [] })
    }
    if (isScalarType(type)) {
      if (type.name === 'Int' || type.name === 'Float') return anyNumber
      if (type.name === 'Boolean') return fc.boolean()
      if (type.name === 'JSON' || type.name === 'JSONObject') return fc.jsonValue({ maxDepth: 3 })
      return anyString
    }
    return fc.constant(null)
  })()
  return fc.oneof({ weight: 6, arbitrary: plain }, { weight: 1, arbitrary: wrongType }, { weight: 1, arbitrary: fc.constant(null) })
}

/** A small valid selection: `__typename` and a few scalar fields that need no arguments. */
function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type)
  if (!isObjectType(type)) return isScalarType(type) || isEnumType(type) ? '' : '{ __typename }'
  const leaves = Object.values(type.getFields())
    .filter((child) => child.args.length === 0 && (isScalarType(getNamedType(child.type)) || isEnumType(getNamedType(child.type))))
    .slice(0, 6)
    .map((child) => child.name)
  return `{ __typename ${leaves.join(' ')} }`
}

function operationsOf(kind: 'query' | 'mutation'): { kind: typeof kind; field: GraphQLField<unknown, unknown> }[] {
  const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType()
  return Object.values(root?.getFields() ?? {})
    .filter((field) => !SKIPPED.test(field.name))
    .map((field) => ({ kind, field }))
}

it.skipIf(!!process.env.HTTP_DATABASE_URL)(
  'answers every query and mutation, with any arguments, as any role, without a server error or a leak',
  async () => {
    const operations = [...operationsOf('query'), ...operationsOf('mutation')]
    expect(operations.length).toBeGreaterThan(100)
    const failures: string[] = []
    let requests = 0
    for (const [index, { kind, field }] of operations.entries()) {
      const variables = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ')
      const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')
      const query = `${kind} Fuzz${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selectionFor(field)} }`
      const values = fc.record(Object.fromEntries(field.args.map((arg) => [arg.name, valueFor(arg.type)])), { requiredKeys: [] })
      const samples = fc.sample(values, { numRuns: RUNS, seed: SEED + index })
      for (const role of ROLES) {
        for (const sample of samples) {
          requests++
          const response = await fetch(`${server.url}/api/graphql`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', ...(tokens.get(role) ? { Authorization: `JWT ${tokens.get(role)}` } : {}) },
            body: JSON.stringify({ query, variables: sample }),
          })
          const text = await response.text()
          const problem = serverFault(response.status, text)
          if (problem) failures.push(`${role} ${field.name}(${JSON.stringify(sample).slice(0, 200)}): ${problem}: ${text.slice(0, 300)}`)
        }
      }
    }
    console.log(`GraphQL fuzz: ${operations.length} operations, ${requests} requests, ${failures.length} failures`)
    expect(failures).toEqual([])
  },
)

/** Values for a JSON Schema of the document: mostly what it describes, sometimes null, hostile or of another type. */
function valueForSchema(document: OpenApiDocument, schema: unknown, depth = 0): fc.Arbitrary<unknown> {
  const node = (schema ?? {}) as Record<string, unknown>
  if (depth > 4) return fc.constant(null)
  if (typeof node.$ref === 'string') {
    return valueForSchema(document, resolveRef(document, node.$ref), depth + 1)
  }
  const plain = ((): fc.Arbitrary<unknown> => {
    if (node.const !== undefined) return fc.constant(node.const)
    if (Array.isArray(node.enum)) return fc.oneof(fc.constantFrom(...(node.enum as unknown[])), fc.constant('NOT_A_VALUE'))
    const branches = (node.anyOf ?? node.oneOf ?? node.allOf) as unknown[] | undefined
    if (branches?.length) return fc.oneof(...branches.map((branch) => valueForSchema(document, branch, depth + 1)))
    const type = Array.isArray(node.type) ? node.type[0] : node.type
    if (type === 'object' || node.properties) {
      const properties = Object.entries((node.properties ?? {}) as Record<string, unknown>)
      return fc.record(Object.fromEntries(properties.map(([name, property]) => [name, valueForSchema(document, property, depth + 1)])), {
        requiredKeys: [],
      })
    }
    if (type === 'array') return fc.array(valueForSchema(document, node.items, depth + 1), { maxLength: 3 })
    if (type === 'integer' || type === 'number') return anyNumber
    if (type === 'boolean') return fc.boolean()
    if (type === 'null') return fc.constant(null)
    return anyString
  })()
  return fc.oneof({ weight: 6, arbitrary: plain }, { weight: 1, arbitrary: wrongType }, { weight: 1, arbitrary: fc.constant(null) })
}

/** A query value as a client could send it: text, or `where[…]` brackets for Payload's deep objects. */
const asQueryValue = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value))
const deepWhere = fc.oneof(
  anyString.map((value) => ({ 'where[title][equals]': value })),
  anyString.map((value) => ({ 'where[or][0][slug][like]': value })),
  anyString.map((value) => ({ 'where[id][in]': value })),
  anyString.map((value) => ({ 'where[no_such_field][exists]': value })),
  fc.constant({ where: 'not-an-object' }),
)

type RestCall = { path: string; query: Record<string, string>; body: unknown }

function restCalls(document: OpenApiDocument, operation: DocumentedOperation, ids: string[]): fc.Arbitrary<RestCall> {
  const parameters = operation.operation.parameters ?? []
  const pathValue = fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...ids) },
    {
      weight: 3,
      // A path parameter is never empty: `/api/tags/` is another route (the list).
      arbitrary: anyString.filter((value) => value !== ''),
    },
  )
  const query = fc.tuple(
    fc.record(
      Object.fromEntries(
        parameters
          .filter((parameter) => parameter.in === 'query' && parameter.name !== 'where')
          .map((parameter) => [parameter.name, valueForSchema(document, parameter.schema).map(asQueryValue)]),
      ),
      { requiredKeys: [] },
    ),
    parameters.some((parameter) => parameter.name === 'where') ? deepWhere : fc.constant({}),
  )
  const requestBody = operation.operation.requestBody
  const body = (requestBody?.$ref ? resolveRef(document, requestBody.$ref) : requestBody) as
    { content?: Record<string, { schema?: unknown }> } | undefined
  const bodySchema = body?.content?.['application/json']?.schema ?? null
  return fc.record({
    path: fc
      .array(pathValue, { minLength: 1, maxLength: 1 })
      .map(([value]) => operation.path.replace(/\{[^}]+\}/g, encodeURIComponent(String(value)))),
    query: query.map(([plain, where]) => ({ ...plain, ...where })),
    body: bodySchema ? valueForSchema(document, bodySchema) : fc.constant(undefined),
  })
}

// Ending the session, or the account, would end the role's run.
const REST_SKIPPED = new Set(['post /api/readers/logout', 'delete /api/readers/{id}'])

it.skipIf(!!process.env.HTTP_DATABASE_URL)(
  'answers every REST operation of the OpenAPI description, with any values, as any role, as documented and without a leak',
  async () => {
    const document = (await request<OpenApiDocument>('/api/openapi.json', { base: server.url })).body
    const check = answerChecker(document)
    const operations = restOperationsOf(document).filter((operation) => !REST_SKIPPED.has(operation.key))
    expect(operations.length).toBeGreaterThan(40)
    const ids = await Promise.all(
      ['articles', 'comments', 'authors', 'media'].map(
        async (collection) =>
          (await request<{ docs: { id: string }[] }>(`/api/${collection}?limit=1&depth=0`, { base: server.url })).body.docs[0]?.id ??
          'none',
      ),
    )
    const failures: string[] = []
    let requests = 0
    for (const [index, operation] of operations.entries()) {
      if (operation.key.endsWith('/live')) continue // a stream: its opening is covered by the contract test
      const samples = fc.sample(restCalls(document, operation, ids), { numRuns: REST_RUNS, seed: SEED + 1000 + index })
      for (const role of ROLES) {
        for (const sample of samples) {
          requests++
          const query = new URLSearchParams(sample.query).toString()
          const response = await fetch(`${server.url}${sample.path}${query ? `?${query}` : ''}`, {
            method: operation.method.toUpperCase(),
            headers: {
              ...(sample.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
              ...(tokens.get(role) ? { Authorization: `JWT ${tokens.get(role)}` } : {}),
            },
            body: sample.body !== undefined ? JSON.stringify(sample.body) : undefined,
          })
          const text = await response.text()
          let body: unknown = text
          try {
            body = JSON.parse(text)
          } catch {
            // not JSON: the checker compares the type with the document
          }
          // Node's HTTP parser refuses a request line over its 16 KB header limit (431) before any
          // route sees it: HTTP's answer, not the API's, so only for a URL that long.
          const url = `${sample.path}${query ? `?${query}` : ''}`
          if (response.status === 431 && url.length > NODE_HEADER_LIMIT) continue
          const problem =
            serverFault(response.status, text) ?? check(operation, response.status, body, response.headers.get('content-type'))
          if (problem) failures.push(`${role} ${operation.key} ${JSON.stringify(sample).slice(0, 300)}: ${problem}: ${text.slice(0, 200)}`)
        }
      }
    }
    console.log(`REST fuzz: ${operations.length} operations, ${requests} requests, ${failures.length} failures`)
    expect(failures.slice(0, 30)).toEqual([])
  },
)
