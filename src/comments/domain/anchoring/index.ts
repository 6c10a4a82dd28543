export { anchorFromQuote, createAnchor, DEFAULT_CONTEXT_CHARS, DEFAULT_MAX_QUOTE_CHARS } from './create'
export { AnchorError } from './errors'
export type { AnchorErrorCode } from './errors'
export { groupByPassage } from './group'
export type { PassageGroup } from './group'
export {
  APPROXIMATE_MIN_SIMILARITY,
  FUZZY_MIN_SIMILARITY,
  MIN_CONTEXT_MATCH,
  MIN_FUZZY_QUOTE_CHARS,
  MOVED_MIN_CONTEXT,
  resolveAnchor,
  resolveAnchors,
} from './resolve'
export type { AnchorOptions, PassageAnchor, Resolution, TextQuoteSelector } from './types'
