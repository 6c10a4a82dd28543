export { renderCommentHtml } from './render'
export { nestReplies, placeReply, type ParentComment, type Placement } from './threading'
export {
  COMMENT_SORTS,
  decodeCursor,
  encodeCursor,
  isListingProblem,
  MAX_COMMENT_PAGE_SIZE,
  parseListingQuery,
  SORT_FIELDS,
  type CommentSort,
  type ListingQuery,
} from './listing'
export { digest, hashIp, issueGuestToken, signWebhook, verifyGuestToken, verifyWebhook } from './signing'
export { checkRateLimit, windowStart, type RateLimit } from './rate-limit'
export { withinEditWindow, wordList } from './edit-window'
