import { Kind, parse, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql'

/** How many requests of each limit class one GraphQL POST counts as. */
export type OperationCosts = { auth: number; writes: number; reads: number }

/** Mutations that sign in, sign up, or send password or verification mail: the `auth` class, like their REST routes. */
const AUTH_MUTATION = /^(login|forgotPassword|resetPassword|verifyEmail|unlock)[A-Z]|^createReader$/

type Request = { query?: unknown; operationName?: unknown }

/**
 * Classifies a GraphQL POST body by what it does: each query operation is one read; each root field
 * of a mutation is one write, or one auth request for sign-in, sign-up and password or verification
 * mail — so thirty `forgotPasswordReader` aliases in one document count thirty times, as thirty
 * REST calls would. A batch (an array of requests) counts each. A body that is no GraphQL request
 * counts as one read and is left to GraphQL to refuse.
 */
export function operationCosts(body: unknown): OperationCosts {
  const costs: OperationCosts = { auth: 0, writes: 0, reads: 0 }
  for (const request of Array.isArray(body) ? body : [body]) {
    const selected = selectedOperation(request as Request)
    if (!selected || selected.operation.operation !== 'mutation') {
      costs.reads += 1
      continue
    }
    for (const name of rootFields(selected.operation.selectionSet, selected.fragments)) {
      if (AUTH_MUTATION.test(name)) costs.auth += 1
      else costs.writes += 1
    }
  }
  return costs
}

/** The root field names a selection runs, through inline fragments and fragment spreads (each fragment once). */
function rootFields(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === '__typename' ? [] : [selection.name.value]
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, fragments, seen)
    const name = selection.name.value
    const fragment = fragments.get(name)
    if (!fragment || seen.has(name)) return []
    seen.add(name)
    return rootFields(fragment.selectionSet, fragments, seen)
  })
}

type Selected = { operation: OperationDefinitionNode; fragments: Map<string, FragmentDefinitionNode> }

/** The operation a request would run (by `operationName` when the document has several), with its fragments. */
export function selectedOperation(request: Request | null): Selected | undefined {
  if (!request || typeof request.query !== 'string') return undefined
  let document: DocumentNode
  try {
    document = parse(request.query, { noLocation: true })
  } catch {
    return undefined
  }
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
    ),
  )
  const operation =
    typeof request.operationName === 'string'
      ? operations.find((candidate) => candidate.name?.value === request.operationName)
      : operations.length === 1
        ? operations[0]
        : undefined
  return operation && { operation, fragments }
}
