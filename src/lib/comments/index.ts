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
export {
  digest,
  hashIp,
  issueGuestToken,
  signToken,
  signWebhook,
  verifyGuestToken,
  verifyToken,
  verifyWebhook,
  type TokenCheck,
} from './signing'
export { renderCommentDigest, type DigestComment, type DigestMail } from './digest-mail'
export { checkRateLimit, windowStart, type RateLimit } from './rate-limit'
export { EMAIL_ADDRESS, withinEditWindow, wordList } from './edit-window'
