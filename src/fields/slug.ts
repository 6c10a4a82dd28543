import { slugField, type RowField, type TextField, type TextFieldSingleValidation } from 'payload'

import { text } from 'payload/shared'

import { SLUG_PATTERN, slugify } from '../lib/slugs/slugify'

/** Payload's own text checks (required, length) first, then the URL-safe shape. */
const validateSlug: TextFieldSingleValidation = (value, args) => {
  if (value == null || value === '') return 'A slug is required: give the document a title or type a slug.'
  const base = text(value, args)
  if (base !== true) return base
  return SLUG_PATTERN.test(value) || 'Slug may only hold lowercase letters, digits and single hyphens.'
}

/**
 * Payload's own slug field (generated from `useAsSlug`, editable, unique, indexed), with our
 * slugify so accents and punctuation never reach a URL, and a normaliser so a slug typed by hand
 * is made URL-safe rather than rejected.
 */
export function slug(useAsSlug = 'title', options: { requiredToPublishOnly?: boolean } = {}): RowField {
  return slugField({
    useAsSlug,
    // On drafted collections a non-null GraphQL input would force clients to invent a slug that the
    // title already gives; presence is then checked by validateSlug (which runs when publishing).
    required: !options.requiredToPublishOnly,
    // No title yet (the admin creates a draft as soon as "Create new" opens, autosave being on): no
    // slug, stored as null. An empty string would be a value, and the unique index would refuse every
    // further untitled draft, leaving the admin's create view blank.
    slugify: ({ valueToSlugify }) => slugify(valueToSlugify) || undefined,
    overrides: (row) => {
      const field = row.fields[1] as TextField
      Object.assign(field, {
        maxLength: 120,
        hooks: {
          ...field.hooks,
          beforeValidate: [
            ...(field.hooks?.beforeValidate ?? []),
            ({ value }: { value?: unknown }) => (typeof value === 'string' ? slugify(value) || null : value),
          ],
        },
        validate: validateSlug,
      })
      return row
    },
  })
}
