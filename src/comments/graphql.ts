import { APIError, type GraphQLExtension, type PayloadRequest } from 'payload'

import { commentThread, inlineFeedback, listArticleComments } from './services/listing'
import { removeComment } from './services/moderation-actions'
import { postComment } from './services/posting'
import { reportComment, voteOnComment } from './services/reactions'
import { subscribe } from './services/subscriptions'
import { idKindForAdapter, isValidId } from '../lib/requests/id-format'

type Context = { req: PayloadRequest }
type GraphQLModule = Parameters<GraphQLExtension>[0]

function checkedId(req: PayloadRequest, id: unknown, name: string): string {
  if (!isValidId(id, idKindForAdapter(req.payload.db.name)))
    throw new APIError(`${name} is not a valid id.`, 400, { parameter: name }, true)
  return String(id)
}

/** A comment as readers see it, with its author, reply target, votes and quoted passage. */
function publicCommentType(GraphQL: GraphQLModule) {
  const { GraphQLBoolean, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } = GraphQL
  const Named = new GraphQLObjectType({
    name: 'PublicCommentAuthor',
    fields: { id: { type: GraphQLString }, displayName: { type: GraphQLString } },
  })
  const Staff = new GraphQLObjectType({
    name: 'PublicCommentStaff',
    fields: { name: { type: GraphQLString }, title: { type: GraphQLString } },
  })
  const ReplyTo = new GraphQLObjectType({
    name: 'PublicCommentReplyTo',
    fields: { id: { type: GraphQLString }, name: { type: GraphQLString } },
  })
  const Quote = new GraphQLObjectType({
    name: 'PublicCommentQuote',
    description: 'The passage an inline comment is about, and where it is in the article now.',
    fields: {
      exact: { type: GraphQLString },
      status: { type: GraphQLString, description: 'exact, moved, fuzzy (edited since) or orphaned (no longer in the article).' },
      blockIndex: { type: GraphQLInt },
      start: { type: GraphQLInt },
      end: { type: GraphQLInt },
    },
  })
  const Votes = new GraphQLObjectType({
    name: 'PublicCommentVotes',
    fields: { up: { type: GraphQLInt }, down: { type: GraphQLInt }, score: { type: GraphQLInt } },
  })
  const Comment: InstanceType<typeof GraphQLObjectType> = new GraphQLObjectType({
    name: 'PublicComment',
    description: 'A comment as readers see it: no e-mail, address or moderation data.',
    fields: () => ({
      id: { type: new GraphQLNonNull(GraphQLString) },
      articleId: { type: GraphQLString },
      parentId: { type: GraphQLString },
      rootId: { type: GraphQLString },
      depth: { type: GraphQLInt },
      replyTo: { type: ReplyTo },
      author: { type: Named },
      staff: { type: Staff, description: 'Set when a member of staff wrote it: show their name and title with a staff badge.' },
      guestName: { type: GraphQLString },
      body: { type: GraphQLString },
      html: { type: GraphQLString, description: 'The text as safe HTML; links carry rel="nofollow ugc".' },
      status: { type: GraphQLString, description: 'approved, pending (your own only) or removed.' },
      featured: { type: GraphQLBoolean },
      editedAt: { type: GraphQLString },
      createdAt: { type: GraphQLString },
      votes: { type: Votes },
      replyCount: { type: GraphQLInt },
      mine: { type: GraphQLBoolean },
      notice: { type: GraphQLString },
      myVote: { type: GraphQLInt },
      quote: { type: Quote },
      replies: { type: new GraphQLList(Comment) },
    }),
  })
  return { Comment, Votes }
}

/** One page of an article's threads with the comment form's rules, and one thread for a permalink. */
function listingTypes(GraphQL: GraphQLModule, Comment: ReturnType<typeof publicCommentType>['Comment']) {
  const { GraphQLBoolean, GraphQLInt, GraphQLList, GraphQLObjectType, GraphQLString } = GraphQL
  const Form = new GraphQLObjectType({
    name: 'CommentFormRules',
    fields: {
      open: { type: GraphQLBoolean },
      guestsAllowed: { type: GraphQLBoolean },
      maxLength: { type: GraphQLInt },
      maxDepth: { type: GraphQLInt },
      editWindowMinutes: { type: GraphQLInt },
      minSecondsToSubmit: { type: GraphQLInt },
    },
  })
  const Page = new GraphQLObjectType({
    name: 'ArticleComments',
    fields: {
      articleId: { type: GraphQLString },
      sort: { type: GraphQLString },
      page: { type: GraphQLInt },
      limit: { type: GraphQLInt },
      totalThreads: { type: GraphQLInt },
      totalPages: { type: GraphQLInt },
      hasNextPage: { type: GraphQLBoolean },
      nextCursor: { type: GraphQLString },
      totalComments: { type: GraphQLInt },
      form: { type: Form },
      comments: { type: new GraphQLList(Comment) },
      reader: {
        type: new GraphQLObjectType({
          name: 'CommentPageReader',
          description: 'The signed-in reader the page was read for; null for anyone else.',
          fields: { id: { type: GraphQLString }, displayName: { type: GraphQLString }, notifyDefault: { type: GraphQLString } },
        }),
      },
    },
  })
  const Thread = new GraphQLObjectType({
    name: 'CommentThread',
    fields: { articleId: { type: GraphQLString }, focusId: { type: GraphQLString }, thread: { type: Comment } },
  })
  return { Page, Thread }
}

/** What the mutations answer. */
function resultTypes(GraphQL: GraphQLModule, { Comment, Votes }: ReturnType<typeof publicCommentType>) {
  const { GraphQLBoolean, GraphQLInt, GraphQLObjectType, GraphQLString } = GraphQL
  const Posted = new GraphQLObjectType({
    name: 'PostedComment',
    fields: { message: { type: GraphQLString }, replayed: { type: GraphQLBoolean }, comment: { type: Comment } },
  })
  const Voted = new GraphQLObjectType({
    name: 'CommentVoteResult',
    fields: { id: { type: GraphQLString }, votes: { type: Votes }, myVote: { type: GraphQLInt } },
  })
  const Message = new GraphQLObjectType({
    name: 'CommentActionResult',
    fields: { id: { type: GraphQLString }, message: { type: GraphQLString } },
  })
  return { Posted, Voted, Message }
}

/** Inline feedback grouped by the passage it is pinned to. */
function inlineFeedbackType(GraphQL: GraphQLModule) {
  const { GraphQLInt, GraphQLList, GraphQLObjectType, GraphQLString } = GraphQL
  const Passage = new GraphQLObjectType({
    name: 'InlineFeedbackPassage',
    fields: {
      key: { type: GraphQLString },
      blockIndex: { type: GraphQLInt },
      start: { type: GraphQLInt },
      end: { type: GraphQLInt },
      status: { type: GraphQLString },
      count: { type: GraphQLInt },
      text: { type: GraphQLString },
      commentIds: { type: new GraphQLList(GraphQLString) },
    },
  })
  return new GraphQLObjectType({
    name: 'InlineFeedback',
    fields: { articleId: { type: GraphQLString }, total: { type: GraphQLInt }, passages: { type: new GraphQLList(Passage) } },
  })
}

/** Types shared by the queries and mutations, built once per schema. */
function commentTypes(GraphQL: GraphQLModule) {
  const comment = publicCommentType(GraphQL)
  return { ...listingTypes(GraphQL, comment.Comment), ...resultTypes(GraphQL, comment), Inline: inlineFeedbackType(GraphQL) }
}

let types: ReturnType<typeof commentTypes> | null = null
const typesFor = (GraphQL: GraphQLModule) => (types ??= commentTypes(GraphQL))

/** `articleComments` and `commentThread`: the same answers as the REST endpoints. */
export const commentQueries: GraphQLExtension = (GraphQL) => {
  const { GraphQLInt, GraphQLNonNull, GraphQLString } = GraphQL
  const { Page, Thread, Inline } = typesFor(GraphQL)
  return {
    articleComments: {
      type: Page,
      args: {
        article: { type: new GraphQLNonNull(GraphQLString) },
        sort: { type: GraphQLString },
        limit: { type: GraphQLInt },
        page: { type: GraphQLInt },
        cursor: { type: GraphQLString },
      },
      resolve: async (_: unknown, args: Record<string, unknown>, { req }: Context) => {
        const { article, ...query } = args
        const defined = Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== null))
        return listArticleComments(req, checkedId(req, article, 'article'), defined)
      },
    },
    articleInlineFeedback: {
      type: Inline,
      args: { article: { type: new GraphQLNonNull(GraphQLString) } },
      resolve: async (_: unknown, args: { article: string }, { req }: Context) =>
        inlineFeedback(req, checkedId(req, args.article, 'article')),
    },
    commentThread: {
      type: Thread,
      args: { id: { type: new GraphQLNonNull(GraphQLString) } },
      resolve: async (_: unknown, args: { id: string }, { req }: Context) => commentThread(req, checkedId(req, args.id, 'id')),
    },
  }
}

/** `postComment`, `voteComment`, `reportComment`, `removeComment`: the REST rules, Idempotency-Key header included. */
export const commentMutations: GraphQLExtension = (GraphQL) => {
  const { GraphQLInt, GraphQLNonNull, GraphQLObjectType, GraphQLString } = GraphQL
  const { Posted, Voted, Message } = typesFor(GraphQL)
  const Subscription = new GraphQLObjectType({
    name: 'CommentSubscriptionSummary',
    fields: {
      id: { type: GraphQLString },
      article: { type: GraphQLString },
      scope: { type: GraphQLString },
      status: { type: GraphQLString },
    },
  })
  const Subscribed = new GraphQLObjectType({
    name: 'CommentSubscriptionResult',
    fields: { message: { type: GraphQLString }, subscription: { type: Subscription } },
  })
  const { GraphQLInputObjectType } = GraphQL
  const QuoteInput = new GraphQLInputObjectType({
    name: 'CommentQuoteInput',
    fields: {
      exact: { type: new GraphQLNonNull(GraphQLString) },
      prefix: { type: GraphQLString },
      suffix: { type: GraphQLString },
      blockIndex: { type: GraphQLInt },
    },
  })
  return {
    postComment: {
      type: Posted,
      args: {
        article: { type: new GraphQLNonNull(GraphQLString) },
        body: { type: new GraphQLNonNull(GraphQLString) },
        parent: { type: GraphQLString },
        guestName: { type: GraphQLString },
        guestEmail: { type: GraphQLString },
        website: { type: GraphQLString, description: 'The honeypot: keep it hidden and empty.' },
        formShownAt: { type: GraphQLString, description: 'When the form was shown (ISO time).' },
        quote: { type: QuoteInput, description: 'Inline feedback: the selected passage.' },
        notify: { type: GraphQLString, description: '"Notify of": article (all new comments) or replies (replies to me).' },
      },
      resolve: async (_: unknown, args: Record<string, unknown>, { req }: Context) => {
        const result = await postComment(req, args)
        if (result.status >= 400) throw new APIError(result.body.message, result.status, undefined, true)
        return result.body
      },
    },
    subscribeToComments: {
      type: Subscribed,
      args: {
        article: { type: new GraphQLNonNull(GraphQLString) },
        scope: { type: new GraphQLNonNull(GraphQLString) },
        email: { type: GraphQLString },
      },
      resolve: async (_: unknown, args: Record<string, unknown>, { req }: Context) => (await subscribe(req, args)).body,
    },
    voteComment: {
      type: Voted,
      args: {
        id: { type: new GraphQLNonNull(GraphQLString) },
        value: { type: new GraphQLNonNull(GraphQLInt) },
        guestToken: { type: GraphQLString },
      },
      resolve: async (_: unknown, args: { id: string; value: number; guestToken?: string }, { req }: Context) =>
        voteOnComment(req, checkedId(req, args.id, 'id'), args),
    },
    reportComment: {
      type: Message,
      args: {
        id: { type: new GraphQLNonNull(GraphQLString) },
        reason: { type: new GraphQLNonNull(GraphQLString) },
        text: { type: GraphQLString },
      },
      resolve: async (_: unknown, args: { id: string; reason: string; text?: string }, { req }: Context) => ({
        id: args.id,
        ...(await reportComment(req, checkedId(req, args.id, 'id'), args)),
      }),
    },
    removeComment: {
      type: Message,
      args: { id: { type: new GraphQLNonNull(GraphQLString) } },
      resolve: async (_: unknown, args: { id: string }, { req }: Context) => removeComment(req, checkedId(req, args.id, 'id')),
    },
  }
}
