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
} from './listing-query'
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
export { checkRateLimit, windowStart, type RateLimit } from '@/lib/requests/window-limit'
export { EMAIL_ADDRESS, withinEditWindow, wordList } from './text-rules'
