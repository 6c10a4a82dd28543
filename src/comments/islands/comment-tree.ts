import type { PublicComment } from '../services/public'

type Tree = PublicComment[]

/** Whether the comment is anywhere in the list, replies included. */
export function contains(list: Tree, id: string): boolean {
  return list.some((item) => item.id === id || (item.replies ? contains(item.replies, id) : false))
}

/** The list with one comment's fields changed, wherever it sits. */
export function changed(list: Tree, id: string, change: Partial<PublicComment>): Tree {
  return list.map((item) =>
    item.id === id ? { ...item, ...change } : item.replies ? { ...item, replies: changed(item.replies, id, change) } : item,
  )
}

/**
 * Puts a comment where it belongs: in place of an older copy of it (keeping the replies on
 * screen), under its parent as the last reply, or as a new thread at the start or end of the list.
 */
export function placed(list: Tree, comment: PublicComment, where: 'start' | 'end'): Tree {
  if (contains(list, comment.id)) {
    const replace = (items: Tree): Tree =>
      items.map((item) =>
        item.id === comment.id
          ? { ...comment, replies: comment.replies?.length ? comment.replies : item.replies }
          : item.replies
            ? { ...item, replies: replace(item.replies) }
            : item,
      )
    return replace(list)
  }
  if (comment.parentId) {
    const underParent = (items: Tree): Tree =>
      items.map((item) =>
        item.id === comment.parentId
          ? { ...item, replies: [...(item.replies ?? []), comment] }
          : item.replies
            ? { ...item, replies: underParent(item.replies) }
            : item,
      )
    return underParent(list)
  }
  return where === 'start' ? [comment, ...list] : [...list, comment]
}
