import { createLocalReq, type Endpoint, type Payload } from 'payload'

import type { PublicSurface } from '../domain/public-description'

type AccessResult = boolean | Record<string, unknown>
type ReadAccess = ((args: { req: unknown }) => AccessResult | Promise<AccessResult>) | undefined

/** `get /api/search`-style keys of endpoints that carry a description, as the generator names their paths. */
function describedOperations(base: string, endpoints: Endpoint[] | false | undefined): string[] {
  return (endpoints || [])
    .filter((endpoint) => endpoint.custom?.openapi !== undefined)
    .map((endpoint) => `${endpoint.method} ${`${base}${endpoint.path.replace(/:([^/]+)/g, '{$1}')}`.replace(/(.)\/$/, '$1')}`)
}

/** Whether an anonymous request may read some documents: `true`, or a filter that lets some through. */
async function anonymousMayRead(read: ReadAccess, req: unknown): Promise<boolean> {
  if (!read) return false
  try {
    const result = await read({ req })
    return result === true || (typeof result === 'object' && result !== null)
  } catch {
    return false
  }
}

/**
 * What the public description covers, asked of the running configuration: the collections and
 * globals whose read access lets an anonymous request through, and our described endpoints.
 */
export async function publicSurface(payload: Payload): Promise<PublicSurface> {
  const api = payload.config.routes.api
  const req = await createLocalReq({}, payload)
  const collections = payload.config.collections.filter((collection) => !collection.slug.startsWith('payload-'))
  const readableCollections: string[] = []
  for (const collection of collections) {
    if (await anonymousMayRead(collection.access.read as ReadAccess, req)) readableCollections.push(collection.slug)
  }
  const readableGlobals: string[] = []
  for (const global of payload.config.globals) {
    if (await anonymousMayRead(global.access.read as ReadAccess, req)) readableGlobals.push(global.slug)
  }
  const ownOperations = new Set([
    ...collections.flatMap((collection) => describedOperations(`${api}/${collection.slug}`, collection.endpoints)),
    ...payload.config.globals.flatMap((global) => describedOperations(`${api}/globals/${global.slug}`, global.endpoints)),
    ...describedOperations(api, payload.config.endpoints),
  ])
  return { apiRoute: api, readableCollections, readableGlobals, readerCollection: 'readers', readerSchema: 'Reader', ownOperations }
}
