import type { CollectionSlug, GlobalSlug, Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { OTHER_READS, ROLES, type Role } from '../shared/access-table'
import { createReader } from './helpers/comments'
import { createStaff, testPayload, type Staff } from './helpers/payload'

/**
 * The rest of the declared access table (tests/shared/access-table.ts: community and internal
 * collections, versions, globals) through the Local API with `overrideAccess: false`, as each role:
 * the same table the REST and GraphQL tests in tests/security/access-coverage.test.ts compare with.
 */
let payload: Payload
let staff: Staff
let reader: TypedUser

beforeAll(async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
  reader = (await createReader(payload)) as TypedUser
})

afterAll(async () => {
  await payload?.destroy()
})

const userOf = (role: Role): TypedUser | undefined =>
  role === 'anonymous' ? undefined : role === 'reader' ? reader : ({ ...staff[role], collection: 'users' } as TypedUser)

/** How the Local API reads each path of the table. */
function read(path: string, user: TypedUser | undefined): Promise<unknown> {
  const options = { overrideAccess: false, user, limit: 1, depth: 0 } as const
  const global = path.match(/^globals\/([^/]+)(\/versions)?$/)
  if (global) {
    const slug = global[1] as GlobalSlug
    return global[2]
      ? payload.findGlobalVersions({ slug, ...options })
      : payload.findGlobal({ slug, overrideAccess: false, user, depth: 0 })
  }
  if (path.endsWith('/versions')) return payload.findVersions({ collection: path.split('/')[0] as CollectionSlug, ...options })
  return payload.find({ collection: path as CollectionSlug, ...options })
}

describe('the rest of the API over the Local API, role by role', () => {
  for (const [path, rules] of Object.entries(OTHER_READS)) {
    for (const role of ROLES) {
      it(`${role} × ${path} × read: ${rules[role]}`, async () => {
        const outcome = await read(path, userOf(role)).then(
          () => 'allowed',
          (error: { status?: number; message?: string }) =>
            error.status === 403 || error.status === 401 ? 'refused' : `error ${error.status}: ${error.message}`,
        )
        expect(outcome).toBe(rules[role])
      })
    }
  }
})
