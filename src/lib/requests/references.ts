/**
 * Finds every document reference (relationship and upload fields) in a piece of write data, with
 * the path a validation error should name. Pure, with a structural view of Payload's field config,
 * so it is unit-tested without a database.
 */
export type FieldShape = {
  type: string
  name?: string
  relationTo?: string | string[]
  hasMany?: boolean
  fields?: FieldShape[]
  tabs?: { name?: string; fields: FieldShape[] }[]
  blocks?: { slug: string; fields: FieldShape[] }[]
}

export type Reference = { path: string; relationTo: string; id: string }

type Data = Record<string, unknown>

function referenceOf(value: unknown, relationTo: string | string[]): { relationTo: string; id: unknown } | undefined {
  if (value === null || value === undefined || value === '') return undefined
  if (Array.isArray(relationTo)) {
    if (typeof value !== 'object') return { relationTo: relationTo[0], id: value }
    const polymorphic = value as { relationTo?: unknown; value?: unknown }
    const id = typeof polymorphic.value === 'object' && polymorphic.value ? (polymorphic.value as { id?: unknown }).id : polymorphic.value
    return { relationTo: String(polymorphic.relationTo ?? ''), id }
  }
  if (typeof value === 'object') return { relationTo, id: (value as { id?: unknown }).id }
  return { relationTo, id: value }
}

export function collectReferences(fields: FieldShape[], data: unknown, prefix = ''): Reference[] {
  if (!data || typeof data !== 'object') return []
  const found: Reference[] = []
  const record = data as Data
  for (const field of fields) {
    const path = field.name ? `${prefix}${field.name}` : prefix.replace(/\.$/, '')
    switch (field.type) {
      case 'relationship':
      case 'upload': {
        if (!field.name || !field.relationTo || !(field.name in record)) break
        const raw = record[field.name]
        const values = Array.isArray(raw) ? raw : [raw]
        values.forEach((value, index) => {
          const reference = referenceOf(value, field.relationTo!)
          if (!reference) return
          found.push({
            path: Array.isArray(raw) ? `${path}.${index}` : path,
            relationTo: reference.relationTo,
            id:
              typeof reference.id === 'string' || typeof reference.id === 'number'
                ? String(reference.id)
                : JSON.stringify(reference.id ?? null),
          })
        })
        break
      }
      case 'group':
        if (field.name) found.push(...collectReferences(field.fields ?? [], record[field.name], `${path}.`))
        else found.push(...collectReferences(field.fields ?? [], record, prefix))
        break
      case 'row':
      case 'collapsible':
        found.push(...collectReferences(field.fields ?? [], record, prefix))
        break
      case 'tabs':
        for (const tab of field.tabs ?? []) {
          if (tab.name) found.push(...collectReferences(tab.fields, record[tab.name], `${prefix}${tab.name}.`))
          else found.push(...collectReferences(tab.fields, record, prefix))
        }
        break
      case 'array': {
        const rows = field.name ? record[field.name] : undefined
        if (Array.isArray(rows))
          rows.forEach((row, index) => found.push(...collectReferences(field.fields ?? [], row, `${path}.${index}.`)))
        break
      }
      case 'blocks': {
        const rows = field.name ? record[field.name] : undefined
        if (!Array.isArray(rows)) break
        rows.forEach((row, index) => {
          const block = field.blocks?.find((candidate) => candidate.slug === (row as { blockType?: unknown })?.blockType)
          if (block) found.push(...collectReferences(block.fields, row, `${path}.${index}.`))
        })
        break
      }
    }
  }
  return found
}
