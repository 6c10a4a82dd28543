const OPERATORS = new Set(['and', 'or'])

/**
 * The first segment of every field path a `where` or `sort` names (`author.name` → `author`,
 * `-createdAt` → `createdAt`), so the caller can check each against what the requester may read.
 */
export function queriedFields(where: unknown, sort: unknown): Set<string> {
  const fields = new Set<string>()
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    if (Array.isArray(node)) return node.forEach(walk)
    for (const [key, value] of Object.entries(node)) {
      if (OPERATORS.has(key)) walk(value)
      else fields.add(key.split('.')[0])
    }
  }
  walk(where)
  const sorts = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []
  for (const entry of sorts) {
    const name = String(entry).trim().replace(/^[-+]/, '').split('.')[0]
    if (name) fields.add(name)
  }
  return fields
}
