import { APIError, type PayloadRequest, type Where } from 'payload'

import { groupByPassage, resolveAnchors } from '../domain/anchoring'
import { encodeCursor, isListingProblem, nestReplies, parseListingQuery, SORT_FIELDS } from '../domain'
import type { Article, Comment } from '@/payload-types'
import { articleBlocks, publicQuote, storedAnchor, type PublicQuote } from './anchors'
import { PUBLIC_COMMENT_FIELDS, toPublic, type PublicComment, type PublicSource } from './public'
import { idOf } from '@/lib/relationships/id-of'
import { loadCommentRules, type CommentRules } from './rules'
import { viewerOf } from './viewer'
import type { NotifyChoice } from '@/accounts/domain/notify-choices'
import { signedInReader } from '@/access/signed-in-reader'

/** Replies fetched for one page of threads; more are left for the thread permalink. */
export const MAX_REPLIES_PER_PAGE = 1000

export type CommentPage = {
  articleId: string
  sort: string
  page: number
  limit: number
  totalThreads: number
  totalPages: number
  hasNextPage: boolean
  nextCursor: string | null
  /** Approved comments on the article: what "View all N comments" says. */
  totalComments: number
  /** What a comment form needs to know. */
  form: {
    open: boolean
    guestsAllowed: boolean
    maxLength: number
    maxDepth: number
    editWindowMinutes: number
    minSecondsToSubmit: number
  }
  comments: PublicComment[]
  /**
   * The signed-in reader the page was read for (null for anyone else): the comments block learns
   * who is commenting from the same request that brings their own pending comments and votes.
   */
  reader: { id: string; displayName: string; notifyDefault: NotifyChoice | null } | null
}

/** What one viewer may see: approved comments, their own pending ones, and removed comments that still hold replies. */
function visibleTo(readerId: string | null): Where {
  const visible: Where[] = [
    { status: { equals: 'approved' } },
    { and: [{ status: { equals: 'deleted' } }, { replyCount: { greater_than: 0 } }] },
  ]
  if (readerId) visible.push({ and: [{ author: { equals: readerId } }, { status: { equals: 'pending' } }] })
  return { or: visible }
}

/** What deciding on comments needs of an article; the body (for passage anchors) only when asked. */
export type CommentableArticle = Pick<
  Article,
  'id' | '_status' | 'commentsMode' | 'commentModeration' | 'commentCount' | 'firstPublishedAt' | 'slug'
> &
  Partial<Pick<Article, 'body'>>

const GATE_FIELDS = {
  _status: true,
  commentsMode: true,
  commentModeration: true,
  commentCount: true,
  firstPublishedAt: true,
  slug: true,
} as const

/**
 * The published article comments are read or written on (404 otherwise). Reads only the fields
 * above: a whole article costs several times more (its Lexical body walked by every read hook).
 */
export async function commentableArticle(req: PayloadRequest, articleId: string, options: { body: true }): Promise<Article>
export async function commentableArticle(req: PayloadRequest, articleId: string, options?: { body?: boolean }): Promise<CommentableArticle>
export async function commentableArticle(
  req: PayloadRequest,
  articleId: string,
  options: { body?: boolean } = {},
): Promise<CommentableArticle> {
  const article = (await req.payload.findByID({
    collection: 'articles',
    id: articleId,
    depth: 0,
    draft: false,
    overrideAccess: true,
    req,
    disableErrors: true,
    ...(options.body ? {} : { select: GATE_FIELDS }),
  })) as CommentableArticle | null
  if (!article || article._status !== 'published' || article.commentsMode === 'disabled') {
    throw new APIError('No published article with comments has this id.', 404, undefined, true)
  }
  return article
}

/** The article's body, for anchoring passages, read only when some comment on show quotes one. */
export async function withBody(
  req: PayloadRequest,
  article: CommentableArticle,
  comments: Pick<Comment, 'quote'>[],
): Promise<Pick<Article, 'body'>> {
  if (article.body || !comments.some((comment) => storedAnchor(comment))) return article
  return commentableArticle(req, article.id, { body: true })
}

export function commentsOpen(article: Pick<Article, 'commentsMode' | 'firstPublishedAt'>, rules: CommentRules, now = new Date()): boolean {
  if (article.commentsMode !== 'open') return false
  if (rules.autoCloseAfterDays > 0 && article.firstPublishedAt) {
    return now.getTime() < new Date(article.firstPublishedAt).getTime() + rules.autoCloseAfterDays * 86_400_000
  }
  return true
}

async function repliesUnder(req: PayloadRequest, rootIds: string[], readerId: string | null): Promise<PublicSource[]> {
  if (rootIds.length === 0) return []
  const replies = await req.payload.find({
    collection: 'comments',
    where: { and: [{ root: { in: rootIds } }, visibleTo(readerId)] },
    sort: ['createdAt', 'id'],
    limit: MAX_REPLIES_PER_PAGE,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: PUBLIC_COMMENT_FIELDS,
  })
  return replies.docs
}

/** Where each anchored comment's passage is in the article as it stands (edits re-resolve on read). */
export function quotesFor(article: Pick<Article, 'body'>, comments: Pick<Comment, 'id' | 'quote'>[]): Map<string, PublicQuote> {
  const anchored = comments.flatMap((comment) => {
    const anchor = storedAnchor(comment)
    return anchor ? [{ id: comment.id, anchor }] : []
  })
  const quotes = new Map<string, PublicQuote>()
  if (anchored.length === 0) return quotes
  const resolutions = resolveAnchors(
    articleBlocks(article),
    anchored.map((item) => item.anchor),
  )
  anchored.forEach((item, index) => quotes.set(item.id, publicQuote(item.anchor, resolutions[index])))
  return quotes
}

function nest(threads: PublicComment[], replies: PublicComment[]): PublicComment[] {
  return nestReplies(threads, replies) as PublicComment[]
}

/** `GET /api/articles/:id/comments`: one page of threads, replies nested, with the totals and form rules. */
export async function listArticleComments(req: PayloadRequest, articleId: string, query: Record<string, unknown>): Promise<CommentPage> {
  const rules = await loadCommentRules(req.payload, req)
  const parsed = parseListingQuery(query, rules.pageSize)
  if (isListingProblem(parsed)) throw new APIError(parsed.message, 400, { parameter: parsed.parameter }, true)
  const article = await commentableArticle(req, articleId)
  const viewer = viewerOf(req)

  const threads = await req.payload.find({
    collection: 'comments',
    where: { and: [{ article: { equals: article.id } }, { depth: { equals: 0 } }, visibleTo(viewer.readerId)] },
    sort: SORT_FIELDS[parsed.sort],
    page: parsed.page,
    limit: parsed.limit,
    depth: 0,
    overrideAccess: true,
    req,
    select: PUBLIC_COMMENT_FIELDS,
  })
  const replies = await repliesUnder(
    req,
    threads.docs.map((doc) => doc.id),
    viewer.readerId,
  )
  const shaped = await toPublic(
    req,
    [...threads.docs, ...replies],
    viewer,
    quotesFor(await withBody(req, article, threads.docs), threads.docs),
  )
  const hasNextPage = threads.hasNextPage
  const reader = signedInReader(req)
  return {
    articleId: article.id,
    sort: parsed.sort,
    page: parsed.page,
    limit: parsed.limit,
    totalThreads: threads.totalDocs,
    totalPages: threads.totalPages,
    hasNextPage,
    nextCursor: hasNextPage ? encodeCursor({ sort: parsed.sort, page: parsed.page + 1 }) : null,
    totalComments: article.commentCount ?? 0,
    form: {
      open: commentsOpen(article, rules),
      guestsAllowed: rules.moderation.guestsAllowed,
      maxLength: rules.moderation.maxBodyLength,
      maxDepth: rules.maxDepth,
      editWindowMinutes: rules.editWindowMinutes,
      minSecondsToSubmit: rules.moderation.minSecondsToSubmit,
    },
    comments: nest(shaped.slice(0, threads.docs.length), shaped.slice(threads.docs.length)),
    reader: reader ? { id: String(reader.id), displayName: reader.displayName, notifyDefault: reader.notifyDefault ?? null } : null,
  }
}

/**
 * The page of threads, in the default order (newest, the editors' picks first), that holds a
 * comment: a permalink (`/articles/:slug?comment=:id`) renders that page, so a link to any comment
 * lands on it. Null when the comment is not shown on this article.
 */
export async function pageHolding(req: PayloadRequest, articleId: string, commentId: string): Promise<number | null> {
  const visibleOnArticle = (id: string): Where => ({ and: [{ id: { equals: id } }, { article: { equals: articleId } }, visibleTo(null)] })
  const find = async (id: string) =>
    (
      await req.payload.find({
        collection: 'comments',
        where: visibleOnArticle(id),
        limit: 1,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
        select: { root: true, featured: true, createdAt: true },
      })
    ).docs[0]
  const comment = await find(commentId)
  if (!comment) return null
  const rootId = idOf(comment.root)
  const root = rootId ? await find(rootId) : comment
  if (!root) return null
  const newer = { createdAt: { greater_than: root.createdAt } }
  const before: Where = root.featured ? { and: [{ featured: { equals: true } }, newer] } : { or: [{ featured: { equals: true } }, newer] }
  const { totalDocs } = await req.payload.count({
    collection: 'comments',
    where: { and: [{ article: { equals: articleId } }, { depth: { equals: 0 } }, visibleTo(null), before] },
    overrideAccess: true,
    req,
  })
  const { pageSize } = await loadCommentRules(req.payload, req)
  return Math.floor(totalDocs / pageSize) + 1
}

/** `GET /api/comments/:id/thread`: the whole thread a comment belongs to, for a permalink. */
export async function commentThread(
  req: PayloadRequest,
  commentId: string,
): Promise<{ articleId: string; focusId: string; thread: PublicComment }> {
  const viewer = viewerOf(req)
  const found = await req.payload.find({
    collection: 'comments',
    where: { and: [{ id: { equals: commentId } }, visibleTo(viewer.readerId)] },
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const comment = found.docs[0]
  if (!comment) throw new APIError('No visible comment has this id.', 404, undefined, true)
  const article = await commentableArticle(req, idOf(comment.article)!)
  const rootId = idOf(comment.root) ?? comment.id
  const root =
    rootId === comment.id
      ? comment
      : (
          await req.payload.find({
            collection: 'comments',
            where: { and: [{ id: { equals: rootId } }, visibleTo(viewer.readerId)] },
            limit: 1,
            pagination: false,
            depth: 0,
            overrideAccess: true,
            req,
          })
        ).docs[0]
  if (!root) throw new APIError('The thread of this comment is no longer shown.', 404, undefined, true)
  const replies = await repliesUnder(req, [root.id], viewer.readerId)
  const shaped = await toPublic(req, [root, ...replies], viewer, quotesFor(await withBody(req, article, [root]), [root]))
  return { articleId: idOf(comment.article)!, focusId: comment.id, thread: nest(shaped.slice(0, 1), shaped.slice(1))[0] }
}

/** Anchored comments looked at for one article's passage marks; the thread endpoint has the rest. */
export const MAX_INLINE_FEEDBACK = 1000

export type InlineFeedback = {
  articleId: string
  total: number
  passages: {
    key: string
    blockIndex: number | null
    start: number | null
    end: number | null
    /** exact, moved, fuzzy (edited since) or orphaned ("passage no longer in the article"). */
    status: string
    count: number
    /** The passage as the article reads now (or as quoted, when it is gone). */
    text: string
    commentIds: string[]
  }[]
}

/**
 * `GET /api/articles/:id/comments/inline`: the article's inline feedback grouped by passage, with
 * counts, for the page to mark the passages. Resolved against the article as it is now, so an
 * editor's change moves the marks (or files them under "no longer in the article").
 */
export async function inlineFeedback(req: PayloadRequest, articleId: string): Promise<InlineFeedback> {
  const article = await commentableArticle(req, articleId, { body: true })
  const viewer = viewerOf(req)
  const found = await req.payload.find({
    collection: 'comments',
    where: {
      and: [
        { article: { equals: article.id } },
        { 'quote.exact': { exists: true } },
        visibleTo(viewer.readerId),
        { status: { not_equals: 'deleted' } },
      ],
    },
    sort: ['createdAt', 'id'],
    limit: MAX_INLINE_FEEDBACK,
    depth: 0,
    overrideAccess: true,
    req,
    select: { quote: true, createdAt: true },
  })
  const blocks = articleBlocks(article)
  const anchored = found.docs.flatMap((doc) => {
    const anchor = storedAnchor(doc as Comment)
    return anchor ? [{ id: doc.id, anchor }] : []
  })
  const resolutions = resolveAnchors(
    blocks,
    anchored.map((item) => item.anchor),
  )
  const quoted = new Map(anchored.map((item) => [item.id, item.anchor.selector.exact]))
  const groups = groupByPassage(anchored.map((item, index) => ({ id: item.id, resolution: resolutions[index] })))
  return {
    articleId: article.id,
    total: anchored.length,
    passages: groups.map((group) => ({
      key: group.key,
      blockIndex: group.blockIndex,
      start: group.start,
      end: group.end,
      status: group.status,
      count: group.count,
      text: group.blockIndex === null ? (quoted.get(group.ids[0]) ?? '') : blocks[group.blockIndex].slice(group.start ?? 0, group.end ?? 0),
      commentIds: group.ids,
    })),
  }
}
