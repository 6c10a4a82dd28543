import { APIError, type CollectionBeforeOperationHook, type CollectionSlug, type FieldAccess } from 'payload'

import { hasRole } from './roles'

/** What lets someone into a login: changed only by its owner, or by an admin (and then logged). */
export const CREDENTIAL_FIELDS = ['email', 'password', '_verified'] as const

type Original = { id: number | string; email?: string | null; _verified?: boolean | null }

/** The credential fields a request would change: values sent unchanged (the admin's form sends the e-mail back with every save) are no change. */
function changedCredentials(data: Record<string, unknown>, original: Original | null): string[] {
  return CREDENTIAL_FIELDS.filter((field) => {
    const value = data[field]
    if (value === undefined || value === null) return false
    if (!original || field === 'password') return true
    if (field === 'email') return String(value).trim().toLowerCase() !== String(original.email ?? '').toLowerCase()
    return Boolean(value) !== Boolean(original._verified)
  })
}

/**
 * Refuses a change to a login's e-mail, password or verification by anyone but its owner or an
 * admin. The collection's own access lets moderators and editors update readers (trust, bans,
 * notes); without this a moderator could set a reader's password and take the account over.
 * `password` is no field (field access cannot guard it), and field access would drop an e-mail
 * silently, so the whole request is refused with a 403 naming the fields, before anything is
 * read or written by the operation. Admins' changes to another's login are logged. Local API calls
 * without a user are trusted.
 */
export function ownerOrAdminCredentials(collection: Extract<CollectionSlug, 'readers' | 'users'>): CollectionBeforeOperationHook {
  return async ({ args, operation, req }) => {
    if (operation !== 'update' && operation !== 'updateByID') return args
    const user = req.user
    const data = (args as { data?: Record<string, unknown> }).data
    if (!user || !data || changedCredentials(data, null).length === 0) return args
    const id = (args as { id?: number | string }).id
    // Payload names both a by-id and a bulk update "update" here; a by-id one carries its id.
    const original =
      id !== undefined
        ? ((await req.payload.findByID({ collection, id, depth: 0, overrideAccess: true, req, disableErrors: true })) as Original | null)
        : null
    const changed = changedCredentials(data, original)
    if (changed.length === 0) return args
    // A non-staff login of this collection can only ever update itself (the collection's access).
    const own = user.collection === collection && (id === undefined || String(user.id) === String(id))
    if (hasRole(user, 'admin')) {
      if (!own)
        req.payload.logger.info({ admin: user.id, collection, id: id ?? 'many', fields: changed }, 'an admin changed login credentials')
      return args
    }
    if (own && !changed.includes('_verified')) return args
    throw new APIError(
      `Only the owner of this login or an admin may change ${changed.join(', ')}: staff may set a reader's trust level, ban, suspension and notes.`,
      403,
      { fields: changed },
      true,
    )
  }
}

/** For the e-mail field: its owner or an admin (so the admin shows it read-only to moderators). */
export const ownerOrAdminField: FieldAccess = ({ req, id }) =>
  hasRole(req.user, 'admin') || (!!req.user && id !== undefined && String(req.user.id) === String(id) && req.user.collection === 'readers')

/** For fields only admins set (a reader's verified flag). */
export const adminOnlyField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
