/** The shape of a document ID on each engine: UUIDs on SQL (see src/db/adapter.ts), ObjectIds on MongoDB. */
export type IdKind = 'uuid' | 'objectid'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const OBJECT_ID = /^[0-9a-f]{24}$/i

export function isValidId(value: unknown, kind: IdKind): boolean {
  if (typeof value !== 'string') return false
  return kind === 'uuid' ? UUID.test(value) : OBJECT_ID.test(value)
}

/** Payload's adapter names: `sqlite`, `postgres`, `mongoose`. */
export function idKindForAdapter(adapterName: string): IdKind {
  return adapterName === 'mongoose' ? 'objectid' : 'uuid'
}
