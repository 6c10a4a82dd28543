export { foldText, normaliseTag, normaliseTitle, stem, STOPWORDS, tokenize } from './text'
export { buildVectors, cosine } from './tfidf'
export type { TermVector } from './tfidf'
export {
  DEFAULT_HALF_LIFE_DAYS,
  DEFAULT_NEAR_DUPLICATE_SIMILARITY,
  DEFAULT_THRESHOLD,
  DEFAULT_WEIGHTS,
  MAX_COUNTED_TAGS,
  RECENCY_FLOOR,
  RECENT_FRACTION_OF_HALF_LIFE,
  scoreRelated,
  TEXT_REASON_MIN_COSINE,
} from './score'
export type { RelatedCandidate, RelatedOptions, RelatedReason, RelatedWeights, ScoredCandidate } from './score'
export { selectRelated } from './select'
export type { RelatedItem } from './select'
