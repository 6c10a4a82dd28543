import { toMatchText, toOriginalRange } from './normalise'
import type { MatchText } from './normalise'
import { bestEnd, bestStart, bestWindow, bigrams, commonPrefixLength, commonSuffixLength, dice } from './similarity'
import type { Bigrams } from './similarity'
import type { PassageAnchor, Resolution, TextQuoteSelector } from './types'

/** Edited text between (or next to) surviving context counts as the passage at this similarity. */
export const FUZZY_MIN_SIMILARITY = 0.5
/** With no context left to vouch for it, edited text must be much closer to the old quote. */
export const APPROXIMATE_MIN_SIMILARITY = 0.75
/** Shorter quotes are too short to match tolerantly: one changed letter is a different word. */
export const MIN_FUZZY_QUOTE_CHARS = 5
/** Context that still matches for at least this many characters (or all of it) is "still there". */
export const MIN_CONTEXT_MATCH = 8
/** Outside its own block a passage needs this much matching context (or half of what it had). */
export const MOVED_MIN_CONTEXT = 16

/** How much surviving context adds to similarity when ranking fuzzy candidates. */
const CONTEXT_WEIGHT = 0.5
/** A window this alike is worth refining: its edges may just be off. */
const REFINE_FLOOR = 0.5
/** A bit of context found more often than this in one block says nothing about where the passage is. */
const MAX_CONTEXT_HITS = 8
/** Blocks, besides the anchor's own, whose best window is refined. */
const REFINED_WINDOWS = 3
/** Text three times the quote's length cannot reach a Dice of 0.5 with it. */
const MAX_LENGTH_FACTOR = 3

type Query = { quote: string; prefix: string; suffix: string; recorded: number; grams: Bigrams }
/** Where to look: `home` is the block the passage is expected in (null: any); `strict` applies the context rule. */
type Scope = { home: number | null; strict: boolean }
/** A candidate place, in compared (normalised) offsets. */
type Candidate = { block: number; start: number; end: number; similarity: number; agreement: number; wholeBlock: boolean }

const ORPHANED: Resolution = { status: 'orphaned' }
const round3 = (x: number): number => Math.round(x * 1000) / 1000

/**
 * Finds a passage in the article as it is now: as written (exact or moved), then tolerantly (fuzzy),
 * else orphaned. The rule for text found outside the anchor's own block, and why, is in `acceptable`.
 */
export function resolveAnchor(blocks: string[], anchor: PassageAnchor): Resolution {
  return resolveAnchors(blocks, [anchor])[0]!
}

/** Same as resolveAnchor for each anchor, preparing the article once: for a page with many comments. */
export function resolveAnchors(blocks: string[], anchors: PassageAnchor[]): Resolution[] {
  const texts = blocks.map(toMatchText)
  return anchors.map((anchor) => find(blocks, texts, anchor.selector, { home: anchor.blockIndex, strict: true }))
}

/** Shared with anchorFromQuote, which trusts a fresh selection wherever it is found. */
export function resolveQuote(blocks: string[], selector: Omit<TextQuoteSelector, 'type'>, scope: Scope): Resolution {
  return find(blocks, blocks.map(toMatchText), selector, scope)
}

function find(blocks: string[], texts: MatchText[], selector: Omit<TextQuoteSelector, 'type'>, scope: Scope): Resolution {
  const quote = toMatchText(selector.exact).text.trim()
  if (quote === '') return ORPHANED
  const prefix = toMatchText(selector.prefix).text
  const suffix = toMatchText(selector.suffix).text
  const query: Query = { quote, prefix, suffix, recorded: prefix.length + suffix.length, grams: bigrams(quote) }

  const exact = best(exactCandidates(texts, query), query, scope)
  if (exact) return toResolution(blocks, texts, exact, scope, false)
  if (quote.length < MIN_FUZZY_QUOTE_CHARS) return ORPHANED
  const fuzzy = best(fuzzyCandidates(texts, query, scope.home), query, scope)
  return fuzzy ? toResolution(blocks, texts, fuzzy, scope, true) : ORPHANED
}

function toResolution(blocks: string[], texts: MatchText[], found: Candidate, scope: Scope, fuzzy: boolean): Resolution {
  const block = blocks[found.block]!
  const { start, end } = toOriginalRange(texts[found.block]!, block, found.start, found.end)
  if (fuzzy) {
    return { status: 'fuzzy', blockIndex: found.block, start, end, exactNow: block.slice(start, end), similarity: found.similarity }
  }
  const status = scope.home === null || scope.home === found.block ? 'exact' : 'moved'
  return { status, blockIndex: found.block, start, end }
}

/**
 * Characters of recorded context that still sit right next to the place: the common end of the text
 * before it with `prefix` plus the common start of the text after it with `suffix`.
 */
function candidate(text: string, query: Query, block: number, start: number, end: number, similarity: number): Candidate {
  const before = text.slice(Math.max(0, start - query.prefix.length), start)
  const after = text.slice(end, end + query.suffix.length)
  const agreement = commonSuffixLength(before, query.prefix) + commonPrefixLength(after, query.suffix)
  const wholeBlock = text.slice(0, start).trim() === '' && text.slice(end).trim() === ''
  return { block, start, end, similarity, agreement, wholeBlock }
}

/**
 * The acceptance rule.
 * - Similarity: at least 0.5 when context is still there (8 matching characters, or all of a shorter
 *   context; a whole-block quote needs a whole block), else at least 0.75.
 * - In the anchor's own block the words are enough. Elsewhere, the place must keep at least half of
 *   the recorded context, capped at 16 characters (a quote that was a whole block must still be one).
 *   The same words with different surroundings are a different passage: a sentence repeated in a
 *   recap, a stock line. A paragraph that moved keeps its context, so it is still found.
 */
function acceptable(c: Candidate, query: Query, scope: Scope): boolean {
  const hasContext = query.recorded > 0 ? c.agreement >= Math.min(MIN_CONTEXT_MATCH, query.recorded) : c.wholeBlock
  if (c.similarity < (hasContext ? FUZZY_MIN_SIMILARITY : APPROXIMATE_MIN_SIMILARITY)) return false
  if (!scope.strict || c.block === scope.home) return true
  return query.recorded > 0 ? c.agreement >= Math.min(MOVED_MIN_CONTEXT, Math.ceil(query.recorded / 2)) : c.wholeBlock
}

function contextShare(c: Candidate, query: Query): number {
  if (query.recorded === 0) return c.wholeBlock ? 1 : 0
  return c.agreement / query.recorded
}

/**
 * Best acceptable candidate: similarity plus a bonus for surviving context (for exact hits, simply
 * the most context), then the anchor's own block, the nearest block, the earliest place.
 */
function best(candidates: Candidate[], query: Query, scope: Scope): Candidate | null {
  const distance = (c: Candidate): number => (scope.home === null ? 0 : Math.abs(c.block - scope.home))
  const rank = (c: Candidate): number => c.similarity + CONTEXT_WEIGHT * contextShare(c, query)
  const ranked = candidates.filter((c) => acceptable(c, query, scope))
  ranked.sort(
    (a, b) =>
      rank(b) - rank(a) ||
      Number(b.block === scope.home) - Number(a.block === scope.home) ||
      distance(a) - distance(b) ||
      a.block - b.block ||
      a.start - b.start ||
      a.end - b.end,
  )
  return ranked[0] ?? null
}

function exactCandidates(texts: MatchText[], query: Query): Candidate[] {
  const found: Candidate[] = []
  texts.forEach(({ text }, block) => {
    for (let i = text.indexOf(query.quote); i !== -1; i = text.indexOf(query.quote, i + 1)) {
      found.push(candidate(text, query, block, i, i + query.quote.length, 1))
    }
  })
  return found
}

/** Longest first: the whole context, then halves, down to MIN_CONTEXT_MATCH (or all of a shorter one). */
function contextLengths(length: number): number[] {
  const lengths = [length]
  for (let k = length; k > MIN_CONTEXT_MATCH;) {
    k = Math.max(MIN_CONTEXT_MATCH, Math.floor(k / 2))
    lengths.push(k)
  }
  return lengths
}

/** Every index of `part` in `text`, or none if there are too many to mean anything. */
function occurrences(text: string, part: string): number[] {
  const found: number[] = []
  for (let i = text.indexOf(part); i !== -1; i = text.indexOf(part, i + 1)) {
    if (found.length === MAX_CONTEXT_HITS) return []
    found.push(i)
  }
  return found
}

/**
 * Where the passage could start: right after the longest end of `prefix` that still occurs in the
 * block (the part nearest the passage says most about where it starts). No prefix: the block start.
 */
function startsAfterPrefix(text: string, prefix: string): number[] {
  if (prefix === '') return [0]
  for (const k of contextLengths(prefix.length)) {
    const starts = occurrences(text, prefix.slice(-k)).map((i) => i + k)
    if (starts.length > 0) return starts
  }
  return []
}

/** Where the passage could end: right before the longest start of `suffix` still in the block. */
function endsBeforeSuffix(text: string, suffix: string): number[] {
  if (suffix === '') return [text.length]
  for (const k of contextLengths(suffix.length)) {
    const ends = occurrences(text, suffix.slice(0, k))
    if (ends.length > 0) return ends
  }
  return []
}

/**
 * Places where an edited passage could be, block by block: between surviving prefix and suffix; from
 * a surviving prefix (or up to a surviving suffix) for the length most like the old quote; and the
 * windows most like the old quote, wherever they are, edges refined. Everything is bounded by the
 * quote's length and refining is kept to a few blocks, so the cost stays linear in the article.
 */
function fuzzyCandidates(texts: MatchText[], query: Query, home: number | null): Candidate[] {
  const maxLength = query.quote.length * MAX_LENGTH_FACTOR
  const found: Candidate[] = []
  const seen = new Set<string>()
  const add = (block: number, start: number, end: number): void => {
    const text = texts[block]!.text
    while (start < end && text[start] === ' ') start++
    while (end > start && text[end - 1] === ' ') end--
    const key = `${block}:${start}:${end}`
    if (start === end || seen.has(key)) return
    seen.add(key)
    found.push(candidate(text, query, block, start, end, round3(dice(query.grams, text.slice(start, end)))))
  }

  const windows: { block: number; start: number; end: number; similarity: number }[] = []
  texts.forEach(({ text }, block) => {
    const starts = startsAfterPrefix(text, query.prefix)
    const ends = endsBeforeSuffix(text, query.suffix)
    for (const start of starts) {
      for (const end of ends) if (end > start && end - start <= maxLength) add(block, start, end)
      const grown = bestEnd(text, start, query.grams, maxLength)
      if (grown) add(block, grown.start, grown.end)
    }
    for (const end of ends) {
      const grown = bestStart(text, end, query.grams, maxLength)
      if (grown) add(block, grown.start, grown.end)
    }
    const window = bestWindow(text, query.grams)
    if (window && window.similarity >= REFINE_FLOOR) windows.push({ block, ...window })
  })

  // Text made of the same few words looks alike everywhere: refine the home block and the best few.
  windows.sort((a, b) => Number(b.block === home) - Number(a.block === home) || b.similarity - a.similarity || a.block - b.block)
  for (const window of windows.slice(0, 1 + REFINED_WINDOWS)) {
    const text = texts[window.block]!.text
    let { start, end } = window
    // Two rounds of "best end for this start, best start for that end" settle both edges.
    for (let round = 0; round < 2; round++) {
      end = bestEnd(text, start, query.grams, maxLength)?.end ?? end
      start = bestStart(text, end, query.grams, maxLength)?.start ?? start
    }
    add(window.block, start, end)
  }
  return found
}
