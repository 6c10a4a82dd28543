/** Where a new comment sits in its thread. */
export type Placement = {
  /** The comment it hangs under (null: a top-level comment). */
  parentId: string | null
  /** The top-level comment of its thread (null: it is one). */
  rootId: string | null
  /** 0 for top-level comments, 1 for their replies, and so on. */
  depth: number
  /** The comment the reader answered, which may sit deeper than `parentId`. */
  replyToId: string | null
}

export type ParentComment = { id: string; depth: number; parentId: string | null; rootId: string | null }

/**
 * Places a reply. Threads stop at `maxDepth` levels of replies: a reply to a comment already at the
 * deepest level hangs beside it (under that comment's parent), and keeps who it answered in
 * `replyToId`, so the page can still say "in reply to …". A maxDepth of 0 means flat comments.
 */
export function placeReply(parent: ParentComment | null, maxDepth: number): Placement {
  if (!parent) return { parentId: null, rootId: null, depth: 0, replyToId: null }
  const limit = Math.max(0, Math.floor(maxDepth))
  const rootId = parent.rootId ?? parent.id
  if (limit === 0) return { parentId: null, rootId: null, depth: 0, replyToId: parent.id }
  if (parent.depth + 1 <= limit) return { parentId: parent.id, rootId, depth: parent.depth + 1, replyToId: parent.id }
  // The parent is at the deepest level: attach to its parent, one level up.
  return { parentId: parent.parentId ?? parent.id, rootId, depth: limit, replyToId: parent.id }
}

/** Nests replies under their parents, in the order given, dropping those whose parent is not in the set. */
export function nestReplies<T extends { id: string; parentId: string | null }>(
  roots: readonly T[],
  replies: readonly T[],
): (T & { replies: (T & { replies: unknown[] })[] })[] {
  type Node = T & { replies: Node[] }
  const nodes = new Map<string, Node>()
  for (const comment of [...roots, ...replies]) nodes.set(comment.id, { ...comment, replies: [] })
  for (const reply of replies) {
    const node = nodes.get(reply.id)!
    const parent = reply.parentId ? nodes.get(reply.parentId) : undefined
    if (parent && parent !== node) parent.replies.push(node)
  }
  return roots.map((root) => nodes.get(root.id)!)
}
