import { describe, expect, it } from 'vitest'

import { anchorFromQuote, createAnchor } from '@/comments/domain/anchoring/create'
import { AnchorError } from '@/comments/domain/anchoring/errors'
import type { AnchorErrorCode } from '@/comments/domain/anchoring/errors'
import { resolveAnchor } from '@/comments/domain/anchoring/resolve'
import { ARTICLE, article, edit, REPEATED, sliceOf } from './article'

function codeOf(run: () => unknown): AnchorErrorCode | 'no error' {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(AnchorError)
    expect((error as AnchorError).name).toBe('AnchorError')
    expect((error as AnchorError).message).toMatch(/^The /)
    return (error as AnchorError).code
  }
  return 'no error'
}

const QUOTE = 'residents were given six weeks to respond'
const AT = ARTICLE[5]!.indexOf(QUOTE)

describe('createAnchor', () => {
  const blocks = article()

  it('quotes the selection with up to 32 characters of context either side', () => {
    expect(createAnchor(blocks, 5, AT, AT + QUOTE.length)).toEqual({
      selector: {
        type: 'TextQuoteSelector',
        exact: QUOTE,
        prefix: ', who represents Eastgate, said ',
        suffix: ' over the summer holidays, when ',
      },
      blockIndex: 5,
    })
  })

  it('takes context from the same block only, so it is short at the edges of a paragraph', () => {
    const opening = createAnchor(blocks, 1, 0, REPEATED.length)
    expect(opening.selector.prefix).toBe('')
    expect(opening.selector.suffix).toBe(' said Councillor Dana Whitfield,')
    const end = ARTICLE[7]!.length
    const closing = createAnchor(blocks, 7, end - 'the end of the year.'.length, end)
    expect(closing.selector).toMatchObject({ exact: 'the end of the year.', suffix: '' })
    expect(closing.selector.prefix).toBe(ARTICLE[7]!.slice(end - 20 - 32, end - 20))
    const whole = createAnchor(blocks, 0, 0, ARTICLE[0]!.length)
    expect(whole.selector).toMatchObject({ exact: ARTICLE[0], prefix: '', suffix: '' })
  })

  it('honours contextChars, including none at all', () => {
    expect(createAnchor(blocks, 5, AT, AT + QUOTE.length, { contextChars: 5 }).selector).toMatchObject({ prefix: 'said ', suffix: ' over' })
    expect(createAnchor(blocks, 5, AT, AT + QUOTE.length, { contextChars: 0 }).selector).toMatchObject({ prefix: '', suffix: '' })
  })

  it('leaves blanks around the selection out of the quote (a double-click takes the trailing space)', () => {
    const anchor = createAnchor(blocks, 5, AT - 1, AT + QUOTE.length + 1)
    expect(anchor.selector.exact).toBe(QUOTE)
    expect(anchor.selector.prefix.endsWith('said ')).toBe(true)
    expect(anchor.selector.suffix.startsWith(' over')).toBe(true)
  })

  it('never cuts an emoji in half at the edge of the context', () => {
    const withEmoji = ['Books 📚 are free to borrow at every branch.']
    const start = withEmoji[0]!.indexOf('are')
    expect(createAnchor(withEmoji, 0, start, start + 3, { contextChars: 3 }).selector.prefix).toBe('📚 ')
    // Two code units back would start inside the emoji: that half is dropped.
    expect(createAnchor(withEmoji, 0, start, start + 3, { contextChars: 2 }).selector.prefix).toBe(' ')
    expect(codeOf(() => createAnchor(withEmoji, 0, 7, 10))).toBe('bad-range')
  })

  it('rejects a block that does not exist', () => {
    for (const index of [-1, 8, 1.5, Number.NaN]) expect(codeOf(() => createAnchor(blocks, index, 0, 5))).toBe('no-such-block')
    expect(codeOf(() => createAnchor([], 0, 0, 1))).toBe('no-such-block')
  })

  it('rejects a range outside the block, backwards or empty', () => {
    const length = ARTICLE[2]!.length
    for (const [start, end] of [
      [-1, 5],
      [5, 5],
      [9, 4],
      [0, length + 1],
      [0.5, 4],
      [0, Number.POSITIVE_INFINITY],
    ] as const) {
      expect(codeOf(() => createAnchor(blocks, 2, start, end))).toBe('bad-range')
    }
    expect(codeOf(() => createAnchor(blocks, 2, 0, length))).toBe('no error')
  })

  it('rejects a selection of nothing but blanks', () => {
    const spaced = ['Eastgate    library', 'a\u00a0\u200b\u00a0b']
    expect(codeOf(() => createAnchor(spaced, 0, 8, 12))).toBe('empty-quote')
    expect(codeOf(() => createAnchor(spaced, 1, 1, 4))).toBe('empty-quote')
  })

  it('rejects a quote longer than maxQuoteChars (measured after trimming)', () => {
    const long = ['x'.repeat(600)]
    expect(codeOf(() => createAnchor(long, 0, 0, 501))).toBe('quote-too-long')
    expect(codeOf(() => createAnchor(long, 0, 0, 500))).toBe('no error')
    expect(codeOf(() => createAnchor(blocks, 5, AT, AT + QUOTE.length, { maxQuoteChars: 10 }))).toBe('quote-too-long')
    expect(codeOf(() => createAnchor(blocks, 5, AT - 1, AT + 10, { maxQuoteChars: 10 }))).toBe('no error')
  })

  it('rejects nonsense options with a RangeError', () => {
    expect(() => createAnchor(blocks, 5, AT, AT + 5, { contextChars: -1 })).toThrow(RangeError)
    expect(() => createAnchor(blocks, 5, AT, AT + 5, { maxQuoteChars: 0 })).toThrow(RangeError)
  })
})

describe('anchorFromQuote', () => {
  const blocks = article()
  const selector = { type: 'TextQuoteSelector', exact: QUOTE, prefix: 'Eastgate, said ', suffix: ' over the summer' }

  it('finds the selection and anchors it afresh from the article text', () => {
    const { anchor, resolution } = anchorFromQuote(blocks, selector)
    expect(resolution).toEqual({ status: 'exact', blockIndex: 5, start: AT, end: AT + QUOTE.length })
    // Context comes from the article, not from the client: full 32 characters here.
    expect(anchor).toEqual(createAnchor(blocks, 5, AT, AT + QUOTE.length))
    expect(resolveAnchor(blocks, anchor)).toEqual(resolution)
  })

  it('accepts a selection without prefix or suffix, and moves surrounding blanks into the context', () => {
    expect(anchorFromQuote(blocks, { type: 'TextQuoteSelector', exact: QUOTE }).resolution.blockIndex).toBe(5)
    const { anchor } = anchorFromQuote(blocks, { ...selector, exact: `  ${QUOTE}\n` })
    expect(anchor.selector.exact).toBe(QUOTE)
  })

  it('uses blockIndex only to break ties between repeated phrases', () => {
    const bare = { type: 'TextQuoteSelector', exact: REPEATED, prefix: '', suffix: '' }
    expect(anchorFromQuote(blocks, bare).resolution.blockIndex).toBe(1) // earliest by default
    expect(anchorFromQuote(blocks, bare, 6).resolution).toMatchObject({ status: 'exact', blockIndex: 6 })
    expect(anchorFromQuote(blocks, bare, 5).resolution).toMatchObject({ status: 'moved', blockIndex: 6 }) // nearest to the hint
    // Context the client sent beats the hint.
    expect(anchorFromQuote(blocks, { ...bare, suffix: ' she told' }, 1).resolution.blockIndex).toBe(6)
    // A stale hint never rejects a selection that is in the article.
    expect(anchorFromQuote(blocks, selector, 40).resolution).toMatchObject({ status: 'moved', blockIndex: 5 })
  })

  it('accepts a selection made before a small edit, as fuzzy, and stores the text as it is now', () => {
    const edited = edit(blocks, 5, 'six weeks', 'seven weeks')
    const { anchor, resolution } = anchorFromQuote(edited, selector, 5)
    expect(resolution).toMatchObject({ status: 'fuzzy', blockIndex: 5, exactNow: 'residents were given seven weeks to respond' })
    expect(sliceOf(edited, resolution)).toBe('residents were given seven weeks to respond')
    expect(anchor.selector.exact).toBe('residents were given seven weeks to respond')
  })

  it('refuses a selection that is not in the article', () => {
    const elsewhere = { ...selector, exact: 'the mayor resigned in protest on Friday', prefix: '', suffix: '' }
    expect(codeOf(() => anchorFromQuote(blocks, elsewhere))).toBe('no-match')
    expect(codeOf(() => anchorFromQuote([], selector))).toBe('no-match')
  })

  it('refuses malformed selectors', () => {
    const bad: unknown[] = [
      null,
      'residents',
      [QUOTE],
      { exact: QUOTE }, // no type
      { ...selector, type: 'TextPositionSelector' },
      { ...selector, exact: 42 },
      { ...selector, exact: undefined },
      { ...selector, prefix: null },
      { ...selector, suffix: ['over'] },
      { ...selector, prefix: 'x'.repeat(65) }, // more than twice contextChars
    ]
    for (const s of bad) expect(codeOf(() => anchorFromQuote(blocks, s))).toBe('bad-selector')
    expect(codeOf(() => anchorFromQuote(blocks, { ...selector, prefix: 'x'.repeat(64) }))).not.toBe('bad-selector')
    for (const hint of [-1, 2.5, Number.NaN]) expect(codeOf(() => anchorFromQuote(blocks, selector, hint))).toBe('bad-selector')
  })

  it('refuses an empty or over-long quote', () => {
    expect(codeOf(() => anchorFromQuote(blocks, { ...selector, exact: '' }))).toBe('empty-quote')
    expect(codeOf(() => anchorFromQuote(blocks, { ...selector, exact: ' \n\u00a0' }))).toBe('empty-quote')
    expect(codeOf(() => anchorFromQuote(blocks, { ...selector, exact: 'x'.repeat(501) }))).toBe('quote-too-long')
    expect(codeOf(() => anchorFromQuote(blocks, selector, undefined, { maxQuoteChars: 20 }))).toBe('quote-too-long')
  })
})
