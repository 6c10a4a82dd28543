import { AnchorError } from './errors'
import { isBlankChar, splitsSurrogatePair } from './normalise'
import { resolveQuote } from './resolve'
import type { AnchorOptions, PassageAnchor, Resolution } from './types'
import { isJsonObject } from '@/lib/json/is-json-object'

export const DEFAULT_CONTEXT_CHARS = 32
export const DEFAULT_MAX_QUOTE_CHARS = 500

type Found = Exclude<Resolution, { status: 'orphaned' }>

function settings(options: AnchorOptions | undefined): Required<AnchorOptions> {
  const contextChars = options?.contextChars ?? DEFAULT_CONTEXT_CHARS
  const maxQuoteChars = options?.maxQuoteChars ?? DEFAULT_MAX_QUOTE_CHARS
  if (!Number.isSafeInteger(contextChars) || contextChars < 0) throw new RangeError('contextChars must be a whole number ≥ 0')
  if (!Number.isSafeInteger(maxQuoteChars) || maxQuoteChars < 1) throw new RangeError('maxQuoteChars must be a whole number ≥ 1')
  return { contextChars, maxQuoteChars }
}

/** [start, end) without blank characters at either end: a browser selection often takes a trailing space. */
function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && isBlankChar(text[start]!)) start++
  while (end > start && isBlankChar(text[end - 1]!)) end--
  return [start, end]
}

/**
 * Anchors the reader's selection [start, end) of block `blockIndex`. Surrounding blanks are left out
 * of the quote; the context comes from the same block only, since a neighbouring paragraph can move
 * or go without the passage changing.
 */
export function createAnchor(blocks: string[], blockIndex: number, start: number, end: number, options?: AnchorOptions): PassageAnchor {
  const { contextChars, maxQuoteChars } = settings(options)
  const block = Number.isSafeInteger(blockIndex) && blockIndex >= 0 ? blocks[blockIndex] : undefined
  if (typeof block !== 'string') throw new AnchorError('no-such-block', `The article has no block ${String(blockIndex)}.`)
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end <= start || end > block.length) {
    throw new AnchorError('bad-range', 'The selection is not inside that part of the article.')
  }
  if (splitsSurrogatePair(block, start) || splitsSurrogatePair(block, end)) {
    throw new AnchorError('bad-range', 'The selection cuts a character in half.')
  }
  const [from, to] = trimRange(block, start, end)
  if (from === to) throw new AnchorError('empty-quote', 'The selection is empty.')
  if (to - from > maxQuoteChars) throw new AnchorError('quote-too-long', `The selection is longer than ${maxQuoteChars} characters.`)

  let prefixStart = Math.max(0, from - contextChars)
  let suffixEnd = Math.min(block.length, to + contextChars)
  // Context is cut by length; never leave half an emoji at its outer edge.
  if (splitsSurrogatePair(block, prefixStart)) prefixStart += 1
  if (splitsSurrogatePair(block, suffixEnd)) suffixEnd -= 1
  return {
    selector: {
      type: 'TextQuoteSelector',
      exact: block.slice(from, to),
      prefix: block.slice(prefixStart, from),
      suffix: block.slice(to, suffixEnd),
    },
    blockIndex,
  }
}

const badSelector = (): AnchorError => new AnchorError('bad-selector', 'The selection is not a valid text quote.')

/**
 * Accepts a selection sent by a browser (untrusted JSON): checks its shape and sizes, finds it in the
 * article as it is now and anchors it afresh from the article's own text, so what is stored never
 * depends on what the client claimed. `blockIndex`, if sent, only breaks ties between repeated
 * phrases; a fresh selection is trusted wherever it is found (no context rule). The resolution says
 * how well the selection matched (fuzzy if the article changed since the reader loaded it).
 */
export function anchorFromQuote(
  blocks: string[],
  selector: unknown,
  blockIndex?: number,
  options?: AnchorOptions,
): { anchor: PassageAnchor; resolution: Found } {
  const { contextChars, maxQuoteChars } = settings(options)
  if (!isJsonObject(selector)) throw badSelector()
  const { type, exact, prefix = '', suffix = '' } = selector
  if (type !== 'TextQuoteSelector' || typeof exact !== 'string' || typeof prefix !== 'string' || typeof suffix !== 'string') {
    throw badSelector()
  }
  if (prefix.length > contextChars * 2 || suffix.length > contextChars * 2) throw badSelector()
  if (blockIndex !== undefined && (!Number.isSafeInteger(blockIndex) || blockIndex < 0)) throw badSelector()

  // Blanks around the quote belong to its context, so nothing the reader selected is lost.
  const [from, to] = trimRange(exact, 0, exact.length)
  if (from === to) throw new AnchorError('empty-quote', 'The selection is empty.')
  if (to - from > maxQuoteChars) throw new AnchorError('quote-too-long', `The selection is longer than ${maxQuoteChars} characters.`)
  const quote = { exact: exact.slice(from, to), prefix: prefix + exact.slice(0, from), suffix: exact.slice(to) + suffix }

  const resolution = resolveQuote(blocks, quote, { home: blockIndex ?? null, strict: false })
  if (resolution.status === 'orphaned') throw new AnchorError('no-match', 'The selected passage is not in the article.')
  return { anchor: createAnchor(blocks, resolution.blockIndex, resolution.start, resolution.end, options), resolution }
}
