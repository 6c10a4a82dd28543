import { normaliseTag, normaliseTitle } from './text'
import { buildVectors, cosine } from './tfidf'
import type { TermVector } from './tfidf'

export type RelatedCandidate = {
  id: string
  title: string
  text: string // title + dek + body plain text
  sectionId: string | null // primary section
  tagSlugs: string[]
  authorIds: string[]
  publishedAt: string | null // ISO
  excludeFromRelated?: boolean
  published: boolean
}
export type RelatedWeights = { section: number; tag: number; author: number; text: number }
export type RelatedOptions = {
  now: Date
  /** Defaults: section 0.6, tag 0.8 per shared tag (at most 3 counted), author 0.3 once, text 3.5 × cosine. */
  weights?: Partial<RelatedWeights>
  /** Recency multiplier = 0.5 ** (ageDays / halfLifeDays), floored at 0.15. Default 30. */
  halfLifeDays?: number
  /** Minimum final score to be "related". Default 0.6. */
  threshold?: number
  /** Cosine at or above which a candidate is a re-filed copy of the target. Default 0.85. */
  nearDuplicateSimilarity?: number
}
export type RelatedReason = string
export type ScoredCandidate = { id: string; score: number; reasons: RelatedReason[] }

// Tuned on the known-answer corpus (tests/unit/related/quality.test.ts): every part of a running
// story and of a topic cluster finds the others first; a story with nothing in common finds none.
export const DEFAULT_WEIGHTS: Readonly<RelatedWeights> = { section: 0.6, tag: 0.8, author: 0.3, text: 3.5 }
export const DEFAULT_HALF_LIFE_DAYS = 30
export const DEFAULT_THRESHOLD = 0.6
export const DEFAULT_NEAR_DUPLICATE_SIMILARITY = 0.85
/** A pile of shared tags should not outweigh a matching section and text. */
export const MAX_COUNTED_TAGS = 3
/** Old but very similar stories still count for something. */
export const RECENCY_FLOOR = 0.15
/** Below this the overlap is incidental words, not worth telling the reader about. */
export const TEXT_REASON_MIN_COSINE = 0.1
/** "recent" is claimed only while the decay has barely started (a quarter of a half-life). */
export const RECENT_FRACTION_OF_HALF_LIFE = 0.25

const DAY_MS = 86_400_000

function publishedTime(iso: string | null): number | null {
  if (iso === null) return null
  const t = Date.parse(iso)
  return Number.isNaN(t) ? null : t
}

function resolveWeights(partial: Partial<RelatedWeights> | undefined): RelatedWeights {
  const weights: RelatedWeights = { ...DEFAULT_WEIGHTS }
  for (const key of Object.keys(DEFAULT_WEIGHTS) as (keyof RelatedWeights)[]) {
    const value = partial?.[key]
    if (value === undefined) continue
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`weights.${key} must be a finite number ≥ 0`)
    weights[key] = value
  }
  return weights
}

function countShared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0
  for (const item of a) if (b.has(item)) shared += 1
  return shared
}

const tagSet = (slugs: string[]): Set<string> => new Set(slugs.map(normaliseTag).filter((s) => s !== ''))

/**
 * Scores candidates for a "You may also like" list. Pure: the caller loads the pool and passes
 * `now`, so results are reproducible. Age is the candidate's age at `now` (a future date counts as
 * brand new; a missing or invalid date counts as old, i.e. the floor multiplier).
 */
export function scoreRelated(target: RelatedCandidate, candidates: RelatedCandidate[], options: RelatedOptions): ScoredCandidate[] {
  const now = options.now.getTime()
  if (Number.isNaN(now)) throw new RangeError('now must be a valid date')
  const halfLife = options.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS
  if (!Number.isFinite(halfLife) || halfLife <= 0) throw new RangeError('halfLifeDays must be a positive number')
  const weights = resolveWeights(options.weights)
  const threshold = options.threshold ?? DEFAULT_THRESHOLD
  const nearDuplicate = options.nearDuplicateSimilarity ?? DEFAULT_NEAR_DUPLICATE_SIMILARITY

  // One entry per id, never the target: the pool is also the TF-IDF corpus.
  const seen = new Set([target.id])
  const pool: RelatedCandidate[] = []
  for (const c of candidates) {
    if (seen.has(c.id)) continue
    seen.add(c.id)
    pool.push(c)
  }
  const vectors = buildVectors([target, ...pool].map(({ id, text }) => ({ id, text })))
  const empty: TermVector = new Map()
  const targetVector = vectors.get(target.id) ?? empty
  const targetTitle = normaliseTitle(target.title)
  const targetTags = tagSet(target.tagSlugs)
  const targetAuthors = new Set(target.authorIds)

  const results: (ScoredCandidate & { time: number | null })[] = []
  for (const c of pool) {
    if (!c.published || c.excludeFromRelated) continue
    const similarity = cosine(targetVector, vectors.get(c.id) ?? empty)
    // The same story filed twice is not "related", it is a duplicate.
    if (similarity >= nearDuplicate) continue
    if (targetTitle !== '' && normaliseTitle(c.title) === targetTitle) continue

    let raw = 0
    const reasons: RelatedReason[] = []
    if (weights.section > 0 && target.sectionId !== null && c.sectionId === target.sectionId) {
      raw += weights.section
      reasons.push('same section')
    }
    const sharedTags = countShared(targetTags, tagSet(c.tagSlugs))
    if (weights.tag > 0 && sharedTags > 0) {
      raw += weights.tag * Math.min(sharedTags, MAX_COUNTED_TAGS)
      reasons.push(sharedTags === 1 ? '1 shared tag' : `${sharedTags} shared tags`)
    }
    const sharedAuthors = countShared(targetAuthors, new Set(c.authorIds))
    if (weights.author > 0 && sharedAuthors > 0) {
      raw += weights.author // once: a byline shared twice is no stronger a link
      reasons.push(sharedAuthors === 1 ? 'same author' : 'same authors')
    }
    raw += weights.text * similarity
    if (weights.text > 0 && similarity >= TEXT_REASON_MIN_COSINE) reasons.push('similar text')

    const time = publishedTime(c.publishedAt)
    const ageDays = time === null ? null : Math.max(0, (now - time) / DAY_MS)
    const multiplier = ageDays === null ? RECENCY_FLOOR : Math.max(RECENCY_FLOOR, 0.5 ** (ageDays / halfLife))
    // Recency only qualifies a link; it is never a reason on its own.
    const recent = ageDays !== null && ageDays <= halfLife * RECENT_FRACTION_OF_HALF_LIFE
    if (recent && reasons.length > 0) reasons.push('recent')

    // Rounded before the threshold so a shown score and the cut-off never disagree.
    const score = Math.round(raw * multiplier * 10_000) / 10_000
    if (score >= threshold) results.push({ id: c.id, score, reasons, time })
  }

  results.sort((a, b) => {
    if (a.score !== b.score) return b.score - a.score
    const ta = a.time ?? Number.NEGATIVE_INFINITY
    const tb = b.time ?? Number.NEGATIVE_INFINITY
    if (ta !== tb) return tb > ta ? 1 : -1
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
  })
  return results.map(({ id, score, reasons }) => ({ id, score, reasons }))
}
