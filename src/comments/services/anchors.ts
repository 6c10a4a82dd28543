import { APIError } from 'payload'

import { AnchorError, anchorFromQuote, type PassageAnchor, type Resolution } from '../domain/anchoring'
import { lexicalBlocks } from '@/lib/lexical/plain-text'
import type { Article, Comment } from '@/payload-types'
import { isJsonObject } from '@/lib/json/is-json-object'

export const MAX_QUOTE_CHARS = 500

/** The article's text blocks, as the anchoring module and the reader site count them. */
export function articleBlocks(article: Pick<Article, 'body'>): string[] {
  return lexicalBlocks(article.body)
}

/**
 * Turns a posted selection into a stored anchor, found in the article as it is now. A selection
 * that matches nothing, is too long or is malformed is a 400 naming `quote`.
 */
export function anchorForPost(article: Pick<Article, 'body'>, quote: unknown): NonNullable<Comment['quote']> {
  if (!isJsonObject(quote)) {
    throw new APIError('quote must be an object: { exact, prefix?, suffix?, blockIndex? }.', 400, { parameter: 'quote' }, true)
  }
  const { blockIndex, ...selector } = quote
  if (blockIndex !== undefined && !(Number.isSafeInteger(blockIndex) && (blockIndex as number) >= 0)) {
    throw new APIError('quote.blockIndex must be a whole number from 0.', 400, { parameter: 'quote.blockIndex' }, true)
  }
  try {
    const { anchor } = anchorFromQuote(
      articleBlocks(article),
      { type: 'TextQuoteSelector', ...selector },
      blockIndex as number | undefined,
      {
        maxQuoteChars: MAX_QUOTE_CHARS,
      },
    )
    return { exact: anchor.selector.exact, prefix: anchor.selector.prefix, suffix: anchor.selector.suffix, blockIndex: anchor.blockIndex }
  } catch (error) {
    if (error instanceof AnchorError) throw new APIError(error.message, 400, { parameter: 'quote', reason: error.code }, true)
    throw error
  }
}

/** A stored anchor in the anchoring module's shape, or null for an ordinary comment. */
export function storedAnchor(comment: Pick<Comment, 'quote'>): PassageAnchor | null {
  const quote = comment.quote
  if (!quote?.exact || typeof quote.blockIndex !== 'number') return null
  return {
    selector: { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' },
    blockIndex: quote.blockIndex,
  }
}

export type PublicQuote = {
  exact: string
  status: Resolution['status']
  blockIndex: number | null
  start: number | null
  end: number | null
}

/** Where a comment's passage is in the article now; the status says how sure that is. */
export function publicQuote(anchor: PassageAnchor, resolution: Resolution): PublicQuote {
  if (resolution.status === 'orphaned')
    return { exact: anchor.selector.exact, status: 'orphaned', blockIndex: null, start: null, end: null }
  return {
    exact: anchor.selector.exact,
    status: resolution.status,
    blockIndex: resolution.blockIndex,
    start: resolution.start,
    end: resolution.end,
  }
}
