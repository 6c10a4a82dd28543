/** How the comments under an article can be ordered. */
export const COMMENT_SORTS = ['newest', 'oldest', 'top', 'replies'] as const
export type CommentSort = (typeof COMMENT_SORTS)[number]

/** Payload sort strings for each order; the id breaks ties so pages never overlap. */
export const SORT_FIELDS: Record<CommentSort, string[]> = {
  newest: ['-featured', '-createdAt', '-id'],
  oldest: ['-featured', 'createdAt', 'id'],
  top: ['-featured', '-score', '-createdAt', '-id'],
  replies: ['-featured', '-replyCount', '-createdAt', '-id'],
}

export type ListingQuery = { sort: CommentSort; limit: number; page: number }
export type ListingProblem = { parameter: string; message: string }

export const MAX_COMMENT_PAGE_SIZE = 100

/**
 * Reads `sort`, `limit`, `page` and `cursor` from a query string. A cursor is the opaque token a
 * previous answer gave as `nextCursor`: it carries the page and the order, so a client can follow
 * it without keeping either. Anything out of range is a problem naming the parameter.
 */
export function parseListingQuery(query: Record<string, unknown>, defaultLimit: number): ListingQuery | ListingProblem {
  let sort: CommentSort = 'newest'
  let page = 1
  if (query.cursor !== undefined) {
    const decoded = decodeCursor(String(query.cursor))
    if (!decoded) return { parameter: 'cursor', message: 'cursor is not one this API gave out: start again without it.' }
    ;({ sort, page } = decoded)
  }
  if (query.sort !== undefined) {
    if (!COMMENT_SORTS.includes(query.sort as CommentSort)) {
      return { parameter: 'sort', message: `sort must be one of ${COMMENT_SORTS.join(', ')}.` }
    }
    sort = query.sort as CommentSort
  }
  if (query.page !== undefined) {
    const value = Number(query.page)
    if (!Number.isInteger(value) || value < 1 || value > 10_000)
      return { parameter: 'page', message: 'page must be a whole number from 1 to 10000.' }
    page = value
  }
  let limit = Math.min(Math.max(1, Math.floor(defaultLimit)), MAX_COMMENT_PAGE_SIZE)
  if (query.limit !== undefined) {
    const value = Number(query.limit)
    if (!Number.isInteger(value) || value < 1 || value > MAX_COMMENT_PAGE_SIZE) {
      return { parameter: 'limit', message: `limit must be a whole number from 1 to ${MAX_COMMENT_PAGE_SIZE}.` }
    }
    limit = value
  }
  return { sort, limit, page }
}

export function isListingProblem(value: ListingQuery | ListingProblem): value is ListingProblem {
  return 'parameter' in value
}

export function encodeCursor(cursor: { sort: CommentSort; page: number }): string {
  return Buffer.from(JSON.stringify({ s: cursor.sort, p: cursor.page })).toString('base64url')
}

export function decodeCursor(token: string): { sort: CommentSort; page: number } | null {
  try {
    const value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { s?: unknown; p?: unknown }
    if (!COMMENT_SORTS.includes(value.s as CommentSort) || !Number.isInteger(value.p) || (value.p as number) < 1) return null
    return { sort: value.s as CommentSort, page: value.p as number }
  } catch {
    return null
  }
}
