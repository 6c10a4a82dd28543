import {
  ValidationError,
  type CollectionBeforeChangeHook,
  type CollectionSlug,
  type Field,
  type GlobalBeforeChangeHook,
  type PayloadRequest,
} from 'payload'

import { idKindForAdapter, isValidId } from '../lib/requests/id-format'
import { collectReferences, type FieldShape, type Reference } from '../lib/requests/references'

/**
 * A write that points at a document that does not exist (or at something that is not an ID at all)
 * gets a 400 naming the field, before anything is written. Without this the database's foreign key
 * fails halfway through the write: a 500, and on SQLite (no transactions) a half-written document.
 * Runs on drafts too, which skip Payload's field validation. Only new references are looked up.
 * Collections and globals alike (a global's logo pointing nowhere was a 500 too).
 */
export const checkReferencesExist: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  await checkReferences({ fields: collection.fields, data, originalDoc, req, owner: { collection: collection.slug } })
  return data
}

export const checkGlobalReferencesExist: GlobalBeforeChangeHook = async ({ global, data, originalDoc, req }) => {
  await checkReferences({ fields: global.fields, data, originalDoc, req, owner: { global: global.slug } })
  return data
}

async function checkReferences({
  fields: configured,
  data,
  originalDoc,
  req,
  owner,
}: {
  fields: Field[]
  data: unknown
  originalDoc: unknown
  req: PayloadRequest
  owner: { collection: string } | { global: string }
}): Promise<void> {
  const fields = configured as unknown as FieldShape[]
  const known = new Set(collectReferences(fields, originalDoc).map(key))
  const fresh = collectReferences(fields, data).filter((reference) => !known.has(key(reference)))
  if (fresh.length === 0) return

  const kind = idKindForAdapter(req.payload.db.name)
  const errors: { path: string; message: string }[] = []
  const byCollection = new Map<string, Reference[]>()
  for (const reference of fresh) {
    if (!req.payload.collections[reference.relationTo as CollectionSlug]) {
      errors.push({ path: reference.path, message: `"${reference.relationTo}" is not a collection this field can point to.` })
    } else if (!isValidId(reference.id, kind)) {
      errors.push({ path: reference.path, message: `${JSON.stringify(reference.id.slice(0, 64))} is not a valid document ID.` })
    } else {
      byCollection.set(reference.relationTo, [...(byCollection.get(reference.relationTo) ?? []), reference])
    }
  }

  for (const [relationTo, references] of byCollection) {
    const ids = [...new Set(references.map((reference) => reference.id))]
    const existing = await req.payload.find({
      collection: relationTo as CollectionSlug,
      where: { id: { in: ids } },
      select: {},
      depth: 0,
      limit: ids.length,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const found = new Set(existing.docs.map((doc) => String(doc.id)))
    for (const reference of references) {
      if (!found.has(reference.id)) {
        errors.push({ path: reference.path, message: `No ${relationTo} document has the ID ${JSON.stringify(reference.id)}.` })
      }
    }
  }

  if (errors.length > 0) throw new ValidationError({ ...owner, errors, req })
}

function key(reference: Reference): string {
  return `${reference.relationTo}|${reference.id}`
}
