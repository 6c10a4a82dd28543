import { APIError, type CollectionBeforeOperationHook } from 'payload'

const CREDENTIAL_FIELDS = ['email', 'username'] as const

/**
 * On a login collection, `email` (and `username`) must be text when sent: Payload's own field hook
 * lower-cases it before validation runs, so `"email": [1, 2]` on a sign-up was a 500 ("value.
 * toLowerCase is not a function") instead of a 400 naming the field.
 */
export const guardCredentialTypes: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: unknown }).data
  if (typeof data !== 'object' || data === null) return args
  for (const field of CREDENTIAL_FIELDS) {
    const value = (data as Record<string, unknown>)[field]
    if (value !== undefined && value !== null && typeof value !== 'string')
      throw new APIError(`"${field}" must be text${field === 'email' ? ': an e-mail address' : ''}.`, 400, { parameter: field }, true)
  }
  return args
}
