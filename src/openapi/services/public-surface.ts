import { createLocalReq, type Endpoint, type Payload } from 'payload'

import { servedPath, type Caller, type CollectionMethod, type PublicSurface } from '../domain/public-description'

type AccessResult = boolean | Record<string, unknown>
type Access = ((args: { req: unknown }) => AccessResult | Promise<AccessResult>) | undefined

/** `get /api/search`-style keys of endpoints that carry a description, as the generator names their paths. */
function describedOperations(base: string, endpoints: Endpoint[] | false | undefined): string[] {
  return (endpoints || [])
    .filter((endpoint) => endpoint.custom?.openapi !== undefined)
    .map((endpoint) => `${endpoint.method} ${servedPath(`${base}${endpoint.path.replace(/:([^/]+)/g, '{$1}')}`)}`)
}

/** Whether a request may act on some documents: `true`, or a filter that lets some through. */
async function mayAct(access: Access, req: unknown): Promise<boolean> {
  if (!access) return false
  try {
    const result = await access({ req })
    return result === true || (typeof result === 'object' && result !== null)
  } catch {
    return false
  }
}

const ACCESS_OF: Record<CollectionMethod, 'read' | 'update' | 'delete'> = { get: 'read', patch: 'update', delete: 'delete' }

/**
 * What the public description covers, asked of the running configuration: each collection's read,
 * update and delete access tried as an anonymous request and as a reader, the globals anonymous
 * requests may read, and our described endpoints.
 */

export async function publicSurface(payload: Payload): Promise<PublicSurface> {
  const api = payload.config.routes.api
  const anonymous = await createLocalReq({}, payload)
  // A reader as access rules see one; rules that filter by the reader's id answer with a filter.
  const reader = await createLocalReq(
    { user: { id: '00000000-0000-4000-8000-000000000000', collection: 'readers', email: 'reader@example.com' } as never },
    payload,
  )
  const collections = payload.config.collections.filter((collection) => !collection.slug.startsWith('payload-'))
  const collectionOperations: PublicSurface['collectionOperations'] = {}
  for (const collection of collections) {
    const operations: Partial<Record<CollectionMethod, Caller>> = {}
    for (const method of Object.keys(ACCESS_OF) as CollectionMethod[]) {
      const access = collection.access[ACCESS_OF[method]] as Access
      if (await mayAct(access, anonymous)) operations[method] = 'anyone'
      else if (await mayAct(access, reader)) operations[method] = 'reader'
    }
    if (Object.keys(operations).length > 0) collectionOperations[collection.slug] = operations
  }
  const readableGlobals: string[] = []
  for (const global of payload.config.globals) {
    if (await mayAct(global.access.read as Access, anonymous)) readableGlobals.push(global.slug)
  }
  const ownOperations = new Set([
    ...collections.flatMap((collection) => describedOperations(`${api}/${collection.slug}`, collection.endpoints)),
    ...payload.config.globals.flatMap((global) => describedOperations(`${api}/globals/${global.slug}`, global.endpoints)),
    ...describedOperations(api, payload.config.endpoints),
  ])
  return { apiRoute: api, collectionOperations, readableGlobals, readerCollection: 'readers', readerSchema: 'Reader', ownOperations }
}
