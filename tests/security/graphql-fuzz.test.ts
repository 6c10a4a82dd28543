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
import { preparedEnvironment, startServer, type ServerEnvironment, type StartedServer } from '../http/helpers/server'

/**
 * A schema-driven GraphQL fuzzer. On a server of its own (its own SQLite file with the demo, so
 * nothing it changes reaches other tests; introspection on), every query and mutation of the schema
 * is called with arguments fast-check makes from their declared types — nulls, empty and huge
 * strings, wrong types, huge and negative numbers, unknown enum values, nested inputs — anonymously
 * and as each role. Any 5xx, any stack trace and any credential in an answer fails. Bounded: a fixed
 * seed and RUNS calls per operation and role, so the run is the same every time. Its server is
 * always SQLite, so it runs in the SQLite leg of the HTTP tests only.
 */
const RUNS = 3
const SEED = 20261206
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
          const problem =
            response.status >= 500
              ? `HTTP ${response.status}`
              : /\n\s+at .+:\d+:\d+|"stack":/.test(text)
                ? 'a stack trace'
                : SECRETS.test(text)
                  ? `a secret (${SECRETS.exec(text)?.[1]})`
                  : null
          if (problem) failures.push(`${role} ${field.name}(${JSON.stringify(sample).slice(0, 200)}): ${problem}: ${text.slice(0, 300)}`)
        }
      }
    }
    console.log(`GraphQL fuzz: ${operations.length} operations, ${requests} requests, ${failures.length} failures`)
    expect(failures).toEqual([])
  },
)
