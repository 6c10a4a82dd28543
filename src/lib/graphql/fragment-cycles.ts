import { GraphQLError, Kind, type DocumentNode, type SelectionSetNode, type ValidationRule } from 'graphql'

type Spreads = { selectionSet?: SelectionSetNode }

/** The names of the fragments a selection set spreads, through inline fragments and nested fields. */
function spreadsIn(node: Spreads, found = new Set<string>()): Set<string> {
  for (const selection of node.selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) found.add(selection.name.value)
    else spreadsIn(selection, found)
  }
  return found
}

/** The fragments of `document` that spread, directly or through others, into themselves. */
export function fragmentCycles(document: DocumentNode): string[] {
  const edges = new Map<string, Set<string>>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) edges.set(definition.name.value, spreadsIn(definition))
  }
  const cyclic = new Set<string>()
  for (const start of edges.keys()) {
    const seen = new Set<string>()
    const stack = [...(edges.get(start) ?? [])]
    while (stack.length > 0) {
      const name = stack.pop()!
      if (name === start) {
        cyclic.add(start)
        break
      }
      if (seen.has(name)) continue
      seen.add(name)
      stack.push(...(edges.get(name) ?? []))
    }
  }
  return [...cyclic]
}

/** Takes the spreads of `names` out of every selection set, so nothing walks the loop. */
function cutSpreads(node: Spreads, names: Set<string>): void {
  if (!node.selectionSet) return
  const selections = node.selectionSet.selections.filter(
    (selection) => selection.kind !== Kind.FRAGMENT_SPREAD || !names.has(selection.name.value),
  )
  // Parsed documents are plain objects; this one is the request's own and is validated, then dropped.
  ;(node.selectionSet as unknown as { selections: typeof selections }).selections = selections
  for (const selection of selections) if (selection.kind !== Kind.FRAGMENT_SPREAD) cutSpreads(selection, names)
}

/**
 * Refuses a query whose fragments loop. GraphQL's own rule (NoFragmentCycles) would, but only when
 * it reaches the fragments; the complexity rule Payload adds measures the operation first and
 * recursed through the loop until the stack overflowed (a 500). This rule runs on the document,
 * before either: it reports the loop and cuts it, so the rest of validation ends in a 400.
 */
export const refuseFragmentCycles: ValidationRule = (context) => ({
  Document(document) {
    const cyclic = fragmentCycles(document)
    if (cyclic.length === 0) return
    context.reportError(
      new GraphQLError(`Fragment${cyclic.length > 1 ? 's' : ''} ${cyclic.join(', ')} spread into themselves: a query may not loop.`),
    )
    const names = new Set(cyclic)
    for (const definition of document.definitions) cutSpreads(definition as Spreads, names)
  },
})
