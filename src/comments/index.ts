import { BlockedGuests } from './collections/BlockedGuests'
import { CommentReports } from './collections/CommentReports'
import { Comments } from './collections/Comments'
import { CommentSettings } from './collections/CommentSettings'
import { CommentSubscriptions } from './collections/CommentSubscriptions'
import { CommentVotes } from './collections/CommentVotes'
import { ModerationEvents } from './collections/ModerationEvents'
import { commentMutations, commentQueries } from './graphql'
import { sendCommentDigestTask } from './jobs/send-comment-digest'
import { sendModerationNoticeTask } from './jobs/send-moderation-notice'
import { sendSubscriptionConfirmationTask } from './jobs/send-subscription-confirmation'

/**
 * Reader comments as payload.config.ts mounts them: their collections, settings global, jobs and
 * GraphQL operations. The article-scoped endpoints hang on the Articles collection, the reader's
 * data export and erasure on Readers. README.md beside this file draws the path of a posted comment.
 */
export const commentsFeature = {
  collections: [Comments, CommentVotes, CommentReports, CommentSubscriptions, ModerationEvents, BlockedGuests],
  globals: [CommentSettings],
  tasks: [sendCommentDigestTask, sendSubscriptionConfirmationTask, sendModerationNoticeTask],
  graphQL: { queries: commentQueries, mutations: commentMutations },
}
