import type { PayloadRequest } from 'payload'

import { renderCommentHtml } from '../domain'
import type { Comment, User } from '@/payload-types'
import { idOf } from '@/lib/relationships/id-of'
import type { PublicQuote } from './anchors'
import { signedInReader } from '@/access/signed-in-reader'

/** A comment as readers and front ends get it: no e-mail, address, reasons or report counts. */
export type PublicComment = {
  id: string
  articleId: string
  parentId: string | null
  rootId: string | null
  depth: number
  replyTo: { id: string; name: string | null } | null
  author: { id: string; displayName: string } | null
  /** A member of staff answering as the newsroom: their name and title, shown with a staff badge. */
  staff: { name: string; title: string | null } | null
  guestName: string | null
  body: string
  html: string
  /** "pending" only ever reaches the commenter themselves; "removed" keeps a thread's shape. */
  status: 'approved' | 'pending' | 'removed'
  featured: boolean
  editedAt: string | null
  createdAt: string
  votes: { up: number; down: number; score: number }
  replyCount: number
  mine: boolean
  /** For the commenter's own pending comment: what they were told. */
  notice: string | null
  myVote: number | null
  /** Inline feedback: the passage it is about and where that is in the article now. */
  quote: PublicQuote | null
  replies?: PublicComment[]
}

/** How a member of staff's role reads beside their name on a comment. */
const STAFF_TITLES: Record<NonNullable<User['role']>, string> = {
  admin: 'Newsroom',
  editor: 'Editor',
  author: 'Reporter',
  moderator: 'Moderator',
}

/** The voter id of a request: a reader, a guest with a signed token, or nobody. */
export type Viewer = { readerId: string | null; voter: string | null }

/**
 * Shapes comments for the public, looking up author names and the viewer's own votes in two
 * queries for the whole set.
 */
/**
 * The fields `toPublic` reads, for the listing queries: nothing hidden is read at all, and the
 * moderation-reason rows and virtual fields of a whole comment are not assembled for nothing.
 */
export const PUBLIC_COMMENT_FIELDS = {
  article: true,
  parent: true,
  root: true,
  depth: true,
  replyTo: true,
  replyToName: true,
  author: true,
  staffAuthor: true,
  guestName: true,
  body: true,
  status: true,
  featured: true,
  editedAt: true,
  createdAt: true,
  votesUp: true,
  votesDown: true,
  score: true,
  replyCount: true,
  notice: true,
  quote: true,
} as const

/** A comment as read with PUBLIC_COMMENT_FIELDS. */
export type PublicSource = Pick<Comment, 'id' | keyof typeof PUBLIC_COMMENT_FIELDS>

export async function toPublic(
  req: PayloadRequest,
  comments: PublicSource[],
  viewer: Viewer,
  quotes: ReadonlyMap<string, PublicQuote> = new Map(),
): Promise<PublicComment[]> {
  const names = new Map<string, string>()
  // The reader looking came with the request: their own name needs no look-up.
  const self = signedInReader(req)
  if (self) names.set(String(self.id), self.displayName)
  const authorIds = [...new Set(comments.map((comment) => idOf(comment.author)).filter((id): id is string => !!id && !names.has(id)))]
  if (authorIds.length > 0) {
    const authors = await req.payload.find({
      collection: 'readers',
      where: { id: { in: authorIds } },
      limit: authorIds.length,
      pagination: false, // no count query: the names are all that is wanted
      depth: 0,
      overrideAccess: true,
      req,
      select: { displayName: true },
    })
    for (const author of authors.docs) names.set(author.id, author.displayName)
  }
  const staffIds = [...new Set(comments.map((comment) => idOf(comment.staffAuthor)).filter((id): id is string => !!id))]
  const staff = new Map<string, { name: string; title: string | null }>()
  if (staffIds.length > 0) {
    const members = await req.payload.find({
      collection: 'users',
      where: { id: { in: staffIds } },
      limit: staffIds.length,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
      select: { name: true, role: true },
    })
    for (const member of members.docs)
      staff.set(member.id, { name: member.name || 'The newsroom', title: STAFF_TITLES[member.role ?? 'moderator'] })
  }
  const votes = new Map<string, number>()
  if (viewer.voter && comments.length > 0) {
    const mine = await req.payload.find({
      collection: 'comment-votes',
      where: { and: [{ voter: { equals: viewer.voter } }, { comment: { in: comments.map((comment) => comment.id) } }] },
      limit: comments.length,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
      select: { comment: true, value: true },
    })
    for (const vote of mine.docs) votes.set(idOf(vote.comment)!, vote.value)
  }
  return comments.map((comment) => {
    const removed = comment.status === 'deleted'
    const authorId = idOf(comment.author)
    const mine = !!viewer.readerId && authorId === viewer.readerId
    const body = removed ? '' : (comment.body ?? '')
    return {
      id: comment.id,
      articleId: idOf(comment.article)!,
      parentId: idOf(comment.parent),
      rootId: idOf(comment.root),
      depth: comment.depth ?? 0,
      replyTo: comment.replyTo ? { id: idOf(comment.replyTo)!, name: comment.replyToName ?? null } : null,
      author: !removed && authorId ? { id: authorId, displayName: names.get(authorId) ?? 'A reader' } : null,
      staff:
        !removed && idOf(comment.staffAuthor) ? (staff.get(idOf(comment.staffAuthor)!) ?? { name: 'The newsroom', title: null }) : null,
      guestName: removed ? null : (comment.guestName ?? null),
      body,
      html: renderCommentHtml(body),
      status: removed ? 'removed' : comment.status === 'approved' ? 'approved' : 'pending',
      featured: !removed && !!comment.featured,
      editedAt: removed ? null : (comment.editedAt ?? null),
      createdAt: comment.createdAt,
      votes: { up: comment.votesUp ?? 0, down: comment.votesDown ?? 0, score: comment.score ?? 0 },
      replyCount: comment.replyCount ?? 0,
      mine,
      notice: mine && comment.status !== 'approved' && !removed ? (comment.notice ?? null) : null,
      myVote: votes.get(comment.id) ?? null,
      quote: removed ? null : (quotes.get(comment.id) ?? null),
    }
  })
}
