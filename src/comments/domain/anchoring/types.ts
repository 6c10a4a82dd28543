/** W3C Web Annotation TextQuoteSelector: the quoted words and a little of the text either side. */
export type TextQuoteSelector = { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }

/** A reader's passage. `blockIndex` is the block it was in when created; edits may move it since. */
export type PassageAnchor = { selector: TextQuoteSelector; blockIndex: number }

/**
 * Where a passage is in the article now. Offsets are UTF-16 indexes into that block's current text,
 * so `blocks[blockIndex].slice(start, end)` is the passage. "Found as written" means equal once
 * whitespace, typographic quotes and dashes are normalised, so the slice may differ in those.
 */
export type Resolution =
  | { status: 'exact'; blockIndex: number; start: number; end: number } // found as written, in its own block
  | { status: 'moved'; blockIndex: number; start: number; end: number } // found as written, in another block
  | { status: 'fuzzy'; blockIndex: number; start: number; end: number; exactNow: string; similarity: number } // edited inside
  | { status: 'orphaned' } // the passage is no longer in the article

export type AnchorOptions = {
  /** Characters of context kept either side, never crossing into another block. Default 32. */
  contextChars?: number
  /** Longest passage a reader may select, after trimming. Default 500. */
  maxQuoteChars?: number
}
