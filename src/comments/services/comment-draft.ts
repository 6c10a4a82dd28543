import { APIError, type PayloadRequest } from 'payload'

import { EMAIL_ADDRESS, placeReply } from '../domain'
import { idOf } from '@/lib/relationships/id-of'
import { signedInReader, type SignedInReader } from '@/access/signed-in-reader'
import { staffRole, type StaffRole } from '@/access/roles'
import type { Comment } from '@/payload-types'
import { anchorForPost } from './anchors'
import type { CommentableArticle } from './listing'
import type { CommentRules } from './rules'

/** A member of staff answering as the newsroom: shown with their name and title and a staff badge. */
export type StaffCommenter = { id: string; name: string; role: StaffRole }

/** Who wrote a new comment: a signed-in reader, or a guest with a name and address (and what is wrong with them, if anything). */
export type CommenterIdentity = {
  reader: SignedInReader | null
  staff: StaffCommenter | null
  guestName: string | null
  guestEmail: string | null
  problem: { parameter: string; message: string } | null
}

/** A new comment placed in its article and thread, with its commenter known: everything stored but the moderation decision. */
export type CommentDraft = { fields: Partial<Comment>; identity: CommenterIdentity }

export type DraftInput = {
  /** What the client or the trusted caller sent. */
  data: Partial<Comment>
  article: CommentableArticle
  rules: CommentRules
  /** A passage posted from the site (untrusted, anchored in the article's text); null for an ordinary comment. */
  postedQuote: unknown
  /** A Local API write without a request behind it (seed, imports): it may name its author and carry a stored quote. */
  trusted: boolean
}

/**
 * Checks the parent (a comment on the same article that the commenter may see), anchors a quoted
 * passage, places the reply in its thread and works out the commenter. Throws a 400 naming the
 * parameter for a bad parent or quote.
 */
export async function draftComment(req: PayloadRequest, { data, article, rules, postedQuote, trusted }: DraftInput): Promise<CommentDraft> {
  const parentId = idOf(data.parent as Comment['parent'])
  let parent: Comment | null = null
  if (parentId) {
    parent = await req.payload.findByID({ collection: 'comments', id: parentId, depth: 0, overrideAccess: true, req, disableErrors: true })
    const ownPending = parent?.status === 'pending' && !!req.user && idOf(parent.author) === String(req.user.id)
    if (!parent || idOf(parent.article) !== article.id || !(parent.status === 'approved' || ownPending)) {
      throw new APIError('"parent" is not a comment on this article.', 400, { parameter: 'parent' }, true)
    }
  }
  const quote =
    postedQuote !== undefined && postedQuote !== null ? anchorForPost(article, postedQuote) : data.quote?.exact ? data.quote : null
  if (quote && parent)
    throw new APIError('Inline feedback starts its own thread: send "quote" without "parent".', 400, { parameter: 'quote' }, true)
  const placement = placeReply(
    parent && { id: parent.id, depth: parent.depth ?? 0, parentId: idOf(parent.parent), rootId: idOf(parent.root) },
    rules.maxDepth,
  )
  const identity = commenterIdentity(req, data)
  const { reader, staff } = identity
  return {
    identity,
    fields: {
      ...data,
      article: article.id,
      parent: placement.parentId,
      root: placement.rootId,
      depth: placement.depth,
      replyTo: placement.replyToId,
      replyToName: parent ? await displayNameOf(parent, req) : null,
      // A trusted Local API write (seed, import) names its author; a reader's post is always their own.
      author: reader?.id ?? (trusted ? idOf(data.author as Comment['author']) : null),
      staffAuthor: staff?.id ?? null,
      guestName: reader || staff ? null : identity.guestName || null,
      guestEmail: reader || staff ? null : identity.guestEmail || null,
      body: String(data.body ?? ''),
      quote: quote ?? undefined,
    },
  }
}

function commenterIdentity(req: PayloadRequest, data: Partial<Comment>): CommenterIdentity {
  const reader = signedInReader(req)
  if (reader) return { reader, staff: null, guestName: null, guestEmail: null, problem: null }
  const role = staffRole(req.user)
  if (role && req.user) {
    const staff = { id: String(req.user.id), name: String((req.user as { name?: string }).name || req.user.email), role }
    return { reader: null, staff, guestName: null, guestEmail: null, problem: null }
  }
  const guestName = typeof data.guestName === 'string' ? data.guestName.trim() : ''
  const guestEmail = typeof data.guestEmail === 'string' ? data.guestEmail.trim().toLowerCase() : ''
  let problem: CommenterIdentity['problem'] = null
  if (guestName.length < 2 || guestName.length > 60)
    problem = { parameter: 'guestName', message: 'Guests need a name of 2 to 60 characters ("guestName").' }
  else if (!EMAIL_ADDRESS.test(guestEmail) || guestEmail.length > 254)
    problem = { parameter: 'guestEmail', message: 'Guests need a valid e-mail address ("guestEmail"); it is never shown.' }
  return { reader: null, staff: null, guestName, guestEmail, problem }
}

async function displayNameOf(comment: Comment, req: PayloadRequest): Promise<string | null> {
  if (comment.guestName) return comment.guestName
  const staffId = idOf(comment.staffAuthor as Comment['staffAuthor'])
  if (staffId) {
    const staff = await req.payload.findByID({
      collection: 'users',
      id: staffId,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
      select: { name: true },
    })
    return staff?.name ?? null
  }
  const authorId = idOf(comment.author as Comment['author'])
  if (!authorId) return null
  const author = await req.payload.findByID({
    collection: 'readers',
    id: authorId,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
    select: { displayName: true },
  })
  return author?.displayName ?? null
}
