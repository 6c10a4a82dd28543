import { APIError, type GraphQLExtension, type PayloadRequest } from 'payload'

import { idKindForAdapter, isValidId } from '@/lib/requests/id-format'

type Resolver = (source: unknown, args: Record<string, unknown>, context: { req: PayloadRequest }, info: unknown) => unknown
type Field = { resolve?: Resolver; args?: Record<string, unknown>; [key: string]: unknown }

/**
 * Payload answers its permission queries with permissions "sanitized" for its admin: an operation
 * or field that is wholly allowed is `true` instead of `{ permission: true }`, and one that is
 * refused is left out. Its GraphQL types still expect the full shape, so `Access { canAccessAdmin }`
 * for an anonymous caller and `docAccess…` queries answered 500 ("Cannot return null for non-nullable
 * field"). These resolvers read both shapes: `true` allows everything beneath it, a missing or false
 * entry refuses.
 */
function readSanitizedPermissions(type: unknown, seen = new Set<unknown>()): void {
  let named = type as { ofType?: unknown; getFields?: () => Record<string, { name: string; type: unknown; resolve?: unknown }> }
  while (named?.ofType) named = named.ofType as typeof named
  if (!named?.getFields || seen.has(named)) return
  seen.add(named)
  for (const field of Object.values(named.getFields())) {
    if (field.name === 'permission')
      field.resolve = (source: unknown) => (source === true ? true : Boolean((source as { permission?: unknown })?.permission))
    else if (field.name === 'where')
      field.resolve = (source: unknown) => (source && typeof source === 'object' ? ((source as { where?: unknown }).where ?? null) : null)
    else {
      field.resolve = (source: unknown) =>
        source === true ? true : source && typeof source === 'object' ? ((source as Record<string, unknown>)[field.name] ?? false) : false
      readSanitizedPermissions(field.type, seen)
    }
  }
}

/**
 * Repairs to queries of Payload's own GraphQL schema that answered 500s (found by a schema-driven
 * fuzzer). Payload's fields and types are kept; resolvers are wrapped, and the fields put back under
 * the same names through `graphQL.queries`, which Payload merges over its own.
 * - `Access` and `docAccess…`: permissions read in either shape (above).
 * - `docAccess<Collection>(id)`: an id that is no id (an empty string) is a 400 naming it.
 * - `docAccess<Global>`: Payload's resolver reads its request from the wrong argument (a TypeError
 *   every time); it gets its arguments in the order it expects.
 */
export const repairedQueries: GraphQLExtension = (_GraphQL, { Query, globals }) => {
  const fields = Query.fields as Record<string, Field>
  const repaired: Record<string, Field> = {}
  if (fields.Access) readSanitizedPermissions(fields.Access.type)
  for (const [name, field] of Object.entries(fields)) {
    if (!name.startsWith('docAccess') || !field.resolve) continue
    readSanitizedPermissions(field.type)
    const resolve = field.resolve
    if (field.args && 'id' in field.args) {
      repaired[name] = {
        ...field,
        resolve: (source, args, context, info) => {
          if (!isValidId(args.id, idKindForAdapter(context.req.payload.db.name)))
            throw new APIError('"id" is not a valid document ID.', 400, { parameter: 'id' }, true)
          return resolve(source, args, context, info)
        },
      }
    } else if (globals.config.length > 0) {
      repaired[name] = { ...field, resolve: (source, _args, context, info) => resolve(source, context as never, context, info) }
    }
  }
  return repaired
}

/**
 * `verifyEmail<Collection>` on a login collection without e-mail verification (staff `users`):
 * Payload looked for a verification token column that does not exist (a 500). It is a 404 that
 * says so; the same holds for REST (`notVerifiedByEmail` below). Where e-mail is verified
 * (`readers`), a call without a token is a 400 naming it (it was a 500).
 */
export const repairedMutations: GraphQLExtension = (_GraphQL, { Mutation, collections }) => {
  const fields = Mutation.fields as Record<string, Field>
  const repaired: Record<string, Field> = {}
  for (const collection of Object.values(collections)) {
    const { auth, slug } = collection.config
    const name = `verifyEmail${collection.graphQL?.type?.name ?? ''}`
    if (!auth || !fields[name]) continue
    if (auth.verify) {
      // Payload looks the token up without checking it was given: none was a 500.
      const resolve = fields[name].resolve
      repaired[name] = {
        ...fields[name],
        resolve: (source, args, context, info) => {
          if (typeof args.token !== 'string' || args.token === '')
            throw new APIError('token is required: the one from the link in the verification e-mail.', 400, { parameter: 'token' }, true)
          return resolve?.(source, args, context, info)
        },
      }
      continue
    }
    repaired[name] = {
      ...fields[name],
      resolve: () => {
        throw notVerifiedByEmail(slug)
      },
    }
  }
  return repaired
}

export const notVerifiedByEmail = (slug: string) =>
  new APIError(`Logins in "${slug}" are not verified by e-mail: there is nothing to verify.`, 404, undefined, true)
