import type { Field, FieldHook } from 'payload'

/** `null` for a list means "no rows": written as an empty list. */
const emptyForNull: FieldHook = ({ value }) => (value === null ? [] : value)

/**
 * Every array and blocks field, however deep, takes `null` as an empty list. Sent `null` (a client
 * clearing a list, or GraphQL's `socialLinks: null`), Payload's SQL adapters failed inside their
 * row writer (`'$push' in null`, a 500 on every collection and global with a list). Found by the
 * GraphQL fuzzer; the request guards apply this to the whole config.
 */
export function nullListsAsEmpty(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    switch (field.type) {
      case 'array':
        return {
          ...field,
          fields: nullListsAsEmpty(field.fields),
          hooks: { ...field.hooks, beforeValidate: [emptyForNull, ...(field.hooks?.beforeValidate ?? [])] },
        }
      case 'blocks':
        return {
          ...field,
          blocks: field.blocks.map((block) => ({ ...block, fields: nullListsAsEmpty(block.fields) })),
          hooks: { ...field.hooks, beforeValidate: [emptyForNull, ...(field.hooks?.beforeValidate ?? [])] },
        }
      case 'group':
      case 'row':
      case 'collapsible':
        return { ...field, fields: nullListsAsEmpty(field.fields) } as Field
      case 'tabs':
        return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: nullListsAsEmpty(tab.fields) })) }
      default:
        return field
    }
  })
}
