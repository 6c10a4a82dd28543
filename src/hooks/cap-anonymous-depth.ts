import type { CollectionBeforeOperationHook } from 'payload'

/** How deep an anonymous request may populate relationships: enough for an article page. */
export const ANONYMOUS_MAX_DEPTH = 2

/**
 * Anonymous reads may not ask for deep population (`?depth=10` fans out into many queries):
 * the depth is lowered, not refused, so a front end asking for too much still gets an answer.
 */
export const capAnonymousDepth: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.user) return args
  const depth = Number((args as { depth?: unknown }).depth ?? req.query?.depth)
  if (Number.isFinite(depth) && depth > ANONYMOUS_MAX_DEPTH) {
    return { ...args, depth: ANONYMOUS_MAX_DEPTH }
  }
  return args
}
