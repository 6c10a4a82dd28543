import type { Validate } from 'payload'

/**
 * "Required" for fields a draft may still lack. Payload's `required: true` would also make the
 * field non-null in GraphQL's create input, so a front end could not save an incomplete draft
 * through GraphQL. Payload skips validation on draft saves, so this runs when publishing.
 */
export function requiredToPublish<TValue, TField extends object>(
  base: Validate<TValue, unknown, unknown, TField>,
  what: string,
): Validate<TValue, unknown, unknown, TField> {
  return (value, args) => {
    const empty = value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
    if (empty) return `${what} is required to publish.`
    return base(value, args)
  }
}
