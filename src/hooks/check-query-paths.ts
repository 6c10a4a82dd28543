import { APIError, type FlattenedField, type PayloadRequest, type SanitizedCollectionConfig } from 'payload'

import { comparisonProblem, queriedPaths, whereComparisons } from '../lib/requests/query-shape'

type Step = { field: FlattenedField; rest: string[] }

const refuse = (message: string, parameter: string) => new APIError(message, 400, { parameter }, true)

/**
 * Walks a dotted path (`author.email`, `hero.image.alt`) through groups, arrays and relationships,
 * checking at every step that the requester may read the field, and through a relationship that
 * they may read the related collection. A field or collection they may not read may not be
 * filtered or sorted on either, at any depth: otherwise a guest's e-mail, an address hash or a
 * reader's password salt could be guessed one comparison, or one ordering, at a time. Rich text is
 * refused (Payload's SQL for it fails on one engine or the other). Returns the last field's type.
 */
async function walkPath(collection: SanitizedCollectionConfig, req: PayloadRequest, path: string): Promise<string | undefined> {
  let fields: FlattenedField[] = collection.flattenedFields
  let segments = path.split('.')
  let type: string | undefined
  while (segments.length > 0) {
    const [name, ...rest] = segments
    const field = fields.find((candidate) => candidate.name === name)
    if (!field) return type // unknown names are Payload's to refuse
    const readable = field.hidden ? false : field.access?.read ? await field.access.read({ req }) : true
    if (!readable) throw refuse(`"${path}" cannot be used to filter or sort here.`, path)
    // PostgreSQL cannot compare its JSON with text (SQLite can), and paths inside it fail on SQLite.
    if (field.type === 'richText')
      throw refuse(`"${path}" is rich text, which cannot be filtered or sorted: find stories by their words with /api/search?q=…`, path)
    type = field.type
    const step: Step = { field, rest }
    if (rest.length === 0) return type
    const next = await fieldsInside(step, req, path)
    if (!next) return type
    fields = next
    segments = rest
  }
  return type
}

async function fieldsInside({ field, rest }: Step, req: PayloadRequest, path: string): Promise<FlattenedField[] | undefined> {
  if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
    if (rest[0] === 'id') return undefined
    const related = req.payload.collections[field.relationTo]?.config
    if (!related) return undefined
    const allowed = related.access?.read ? await related.access.read({ req }) : true
    if (allowed === false) throw refuse(`"${path}" cannot be used to filter or sort here.`, path)
    return related.flattenedFields
  }
  return 'flattenedFields' in field ? (field.flattenedFields as FlattenedField[]) : undefined
}

/** Every path the client's `where` and `sort` name is readable to them, and every comparison well-formed. */
export async function checkQueryPaths(
  collection: SanitizedCollectionConfig,
  req: PayloadRequest,
  where: unknown,
  sort: unknown,
): Promise<void> {
  const types = new Map<string, string | undefined>()
  for (const path of queriedPaths(where, sort)) types.set(path, await walkPath(collection, req, path))
  for (const comparison of whereComparisons(where)) {
    const problem = comparisonProblem(comparison, types.get(comparison.path))
    if (problem) throw refuse(problem, comparison.parameter)
  }
}
