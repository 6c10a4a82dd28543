import { describe, expect, it } from 'vitest'

import { createAnchor } from '@/comments/domain/anchoring/create'
import { resolveAnchor } from '@/comments/domain/anchoring/resolve'
import type { PassageAnchor, Resolution } from '@/comments/domain/anchoring/types'
import { ARTICLE, anchorOn, article, edit, REID_SENTENCE, REPEATED, sliceOf } from './article'

const NEW_PARAGRAPH = 'Update, Wednesday: the council has published the full minutes of the meeting.'
const insertAt = (blocks: string[], index: number, text = NEW_PARAGRAPH): string[] => [
  ...blocks.slice(0, index),
  text,
  ...blocks.slice(index),
]
const without = (blocks: string[], index: number): string[] => blocks.filter((_, i) => i !== index)
const fuzzy = (r: Resolution): Extract<Resolution, { status: 'fuzzy' }> => {
  expect(r.status).toBe('fuzzy')
  return r as Extract<Resolution, { status: 'fuzzy' }>
}

describe('resolveAnchor: unchanged article', () => {
  it('finds every passage exactly where it was', () => {
    const quote = 'the cost of running the buildings has risen sharply'
    const anchor = anchorOn(ARTICLE, 4, quote)
    const start = ARTICLE[4]!.indexOf(quote)
    expect(resolveAnchor(article(), anchor)).toEqual({ status: 'exact', blockIndex: 4, start, end: start + quote.length })
  })

  it('finds a whole-paragraph quote', () => {
    const whole = anchorOn(ARTICLE, 7, ARTICLE[7]!)
    expect(resolveAnchor(article(), whole)).toEqual({ status: 'exact', blockIndex: 7, start: 0, end: ARTICLE[7]!.length })
  })
})

describe('resolveAnchor: insertions before the passage', () => {
  const quote = 'residents were given six weeks to respond'
  const anchor = anchorOn(ARTICLE, 5, quote)

  it('reports a passage pushed down by a new paragraph above as moved to the next block', () => {
    const blocks = insertAt(article(), 2)
    const r = resolveAnchor(blocks, anchor)
    expect(r).toMatchObject({ status: 'moved', blockIndex: 6 })
    expect(sliceOf(blocks, r)).toBe(quote)
  })

  it('keeps a passage exact when words are added earlier in its paragraph, with shifted offsets', () => {
    const blocks = edit(article(), 5, 'Opposition councillors said', 'At a packed meeting on Tuesday, opposition councillors said')
    const r = resolveAnchor(blocks, anchor)
    expect(r).toMatchObject({ status: 'exact', blockIndex: 5 })
    expect(sliceOf(blocks, r)).toBe(quote)
    expect((r as { start: number }).start).toBe(ARTICLE[5]!.indexOf(quote) + 'At a packed meeting on Tuesday, o'.length - 1)
  })

  it('keeps it exact even when the words right before it change (its context is gone, its block is not)', () => {
    const blocks = edit(article(), 5, 'who represents Eastgate, said', 'the Eastgate ward councillor, claimed that')
    const r = resolveAnchor(blocks, anchor)
    expect(r).toMatchObject({ status: 'exact', blockIndex: 5 })
    expect(sliceOf(blocks, r)).toBe(quote)
  })
})

describe('resolveAnchor: edits inside the passage', () => {
  it('follows a changed word, as fuzzy, with the text as it is now', () => {
    const anchor = anchorOn(ARTICLE, 4, 'the cost of running the buildings has risen sharply')
    const blocks = edit(article(), 4, 'risen sharply', 'risen steeply')
    const r = fuzzy(resolveAnchor(blocks, anchor))
    expect(r).toMatchObject({ blockIndex: 4, exactNow: 'the cost of running the buildings has risen steeply' })
    expect(r.similarity).toBeGreaterThan(0.8)
    expect(r.similarity).toBeLessThan(1)
    sliceOf(blocks, r)
  })

  it('follows a typo fix (the reader may well have been reporting the typo)', () => {
    const withTypo = edit(article(), 2, 'the public gallery', 'the pubic gallery')
    const anchor = anchorOn(withTypo, 2, 'Campaigners packed the pubic gallery')
    const r = fuzzy(resolveAnchor(article(), anchor))
    expect(r).toMatchObject({ blockIndex: 2, start: 0, exactNow: 'Campaigners packed the public gallery' })
    expect(r.similarity).toBeGreaterThan(0.9)
  })

  it('follows changed punctuation', () => {
    const quote = 'Many held placards reading “Books not budgets”, and several speakers'
    const anchor = anchorOn(ARTICLE, 2, quote)
    const blocks = edit(article(), 2, 'budgets”, and several', 'budgets”; several')
    const r = fuzzy(resolveAnchor(blocks, anchor))
    expect(r.exactNow).toBe('Many held placards reading “Books not budgets”; several speakers')
    expect(r.similarity).toBeGreaterThan(0.85)
  })

  it('follows a longer rewrite inside the passage while its context survives', () => {
    const anchor = anchorOn(ARTICLE, 4, 'visits to the two branches have fallen by 40% since 2019')
    const blocks = edit(article(), 4, 'to the two branches have fallen', 'to both branches have dropped')
    expect(fuzzy(resolveAnchor(blocks, anchor)).exactNow).toBe('visits to both branches have dropped by 40% since 2019')
  })

  it('follows an edit inside a passage whose context also changed, by its own words', () => {
    const anchor = anchorOn(ARTICLE, 4, 'A mobile library will visit both estates twice a week from April.')
    const blocks = [...ARTICLE]
    blocks[4] = 'Visits have halved. A mobile library will visit both estates three times a week from April.'
    const r = fuzzy(resolveAnchor(blocks, anchor))
    expect(r.exactNow).toBe('A mobile library will visit both estates three times a week from April.')
    expect(r.similarity).toBeGreaterThanOrEqual(0.75)
  })

  it('follows an edited passage that also moved', () => {
    const anchor = anchorOn(ARTICLE, 3, 'has used the Mill Lane library every week since 1989')
    const blocks = insertAt(edit(article(), 3, 'every week since 1989', 'every week since 1988'), 0)
    const r = fuzzy(resolveAnchor(blocks, anchor))
    expect(r).toMatchObject({ blockIndex: 4, exactNow: 'has used the Mill Lane library every week since 1988' })
  })
})

describe('resolveAnchor: moved paragraphs', () => {
  it('finds a passage whose paragraph swapped places with another', () => {
    const quote = '“My grandchildren learned to read in that room,” she said.'
    const anchor = anchorOn(ARTICLE, 3, quote)
    const blocks = article()
    ;[blocks[3], blocks[5]] = [blocks[5]!, blocks[3]!]
    const r = resolveAnchor(blocks, anchor)
    expect(r).toMatchObject({ status: 'moved', blockIndex: 5 })
    expect(sliceOf(blocks, r)).toBe(quote)
  })

  it('finds a passage whose paragraph moved to the top, and a whole-paragraph quote that moved', () => {
    const blocks = [ARTICLE[7]!, ...ARTICLE.slice(0, 7)]
    const sentence = anchorOn(ARTICLE, 7, 'Campaigners say they will ask for a judicial review')
    expect(resolveAnchor(blocks, sentence)).toMatchObject({ status: 'moved', blockIndex: 0 })
    const paragraph = anchorOn(ARTICLE, 2, ARTICLE[2]!)
    expect(resolveAnchor(blocks, paragraph)).toEqual({ status: 'moved', blockIndex: 3, start: 0, end: ARTICLE[2]!.length })
  })

  it('finds a sentence moved into another paragraph with its neighbouring words', () => {
    const anchor = anchorOn(ARTICLE, 4, 'A mobile library will visit both estates')
    const blocks = article()
    blocks[4] = 'The council says visits to the two branches have fallen by 40% since 2019.'
    blocks[7] += ' The council added that the cost of running the buildings has risen sharply.'
    blocks[7] += ' A mobile library will visit both estates twice a week from April.'
    const r = resolveAnchor(blocks, anchor)
    expect(r).toMatchObject({ status: 'moved', blockIndex: 7 })
    expect(sliceOf(blocks, r)).toBe('A mobile library will visit both estates')
  })
})

describe('resolveAnchor: repeated phrases', () => {
  // The rule: outside its own block, the same words are the same passage only when at least half of
  // the recorded context (at most 16 characters of it) still sits right next to them.
  const inParagraph1 = anchorOn(ARTICLE, 1, REPEATED)
  const inParagraph6 = anchorOn(ARTICLE, 6, REPEATED)

  it('tells the two copies apart in the unchanged article', () => {
    expect(resolveAnchor(article(), inParagraph1)).toMatchObject({ status: 'exact', blockIndex: 1, start: 0 })
    const start = 'Ms Whitfield rejected the criticism. '.length
    expect(resolveAnchor(article(), inParagraph6)).toMatchObject({ status: 'exact', blockIndex: 6, start })
  })

  it('follows each copy by its context when both move', () => {
    const blocks = insertAt(article(), 0)
    expect(resolveAnchor(blocks, inParagraph1)).toMatchObject({ status: 'moved', blockIndex: 2 })
    expect(resolveAnchor(blocks, inParagraph6)).toMatchObject({ status: 'moved', blockIndex: 7 })
  })

  it('prefers matching context over the original block index', () => {
    // Paragraphs 1 and 6 swap: block 6 now holds the other copy, with the wrong surroundings.
    const blocks = article()
    ;[blocks[1], blocks[6]] = [blocks[6]!, blocks[1]!]
    expect(resolveAnchor(blocks, inParagraph6)).toMatchObject({ status: 'moved', blockIndex: 1 })
    expect(resolveAnchor(blocks, inParagraph1)).toMatchObject({ status: 'moved', blockIndex: 6 })
  })

  it('prefers the original block when context cannot decide', () => {
    const selector = { type: 'TextQuoteSelector' as const, exact: 'the central library', prefix: '', suffix: '' }
    const bare = (blockIndex: number): PassageAnchor => ({ selector, blockIndex })
    expect(resolveAnchor(article(), bare(1))).toMatchObject({ status: 'exact', blockIndex: 1 })
    expect(resolveAnchor(article(), bare(6))).toMatchObject({ status: 'exact', blockIndex: 6 })
  })

  it('disambiguates a phrase repeated within one paragraph', () => {
    const blocks = ['Books, books and more books: the library lent more books than ever.']
    const second = blocks[0]!.indexOf('more books')
    const third = blocks[0]!.indexOf('more books', second + 1)
    const anchor: PassageAnchor = {
      selector: { type: 'TextQuoteSelector', exact: 'more books', prefix: 'library lent ', suffix: ' than' },
      blockIndex: 0,
    }
    expect(resolveAnchor(blocks, anchor)).toEqual({ status: 'exact', blockIndex: 0, start: third, end: third + 'more books'.length })
  })

  it('cannot follow an anchor made without context out of its block (nothing vouches for the words elsewhere)', () => {
    const quote = 'A mobile library will visit both estates'
    const start = ARTICLE[4]!.indexOf(quote)
    const bare = createAnchor(article(), 4, start, start + quote.length, { contextChars: 0 })
    expect(resolveAnchor(article(), bare).status).toBe('exact')
    expect(resolveAnchor(insertAt(article(), 0), bare).status).toBe('orphaned')
  })

  it('orphans a passage whose paragraph was deleted, even though the same words remain elsewhere', () => {
    expect(resolveAnchor(without(article(), 6), inParagraph6)).toEqual({ status: 'orphaned' })
    expect(resolveAnchor(without(article(), 1), inParagraph1)).toEqual({ status: 'orphaned' })
  })

  it('still finds the other copy when it was deleted but its surroundings came along', () => {
    // The editor folds paragraph 6 into paragraph 5: the quote keeps its context, in another block.
    const blocks = article()
    blocks[5] = `${blocks[5]} ${blocks[6]}`
    blocks.splice(6, 1)
    const r = resolveAnchor(blocks, inParagraph6)
    expect(r).toMatchObject({ status: 'moved', blockIndex: 5 })
    expect(sliceOf(blocks, r)).toBe(REPEATED)
  })

  it('accepts half the context: one side rewritten, the other intact', () => {
    const blocks = article()
    blocks[6] = blocks[6]!.replace('Ms Whitfield rejected the criticism.', 'Speaking after the meeting, the councillor insisted:')
    const moved = insertAt(blocks, 0)
    expect(resolveAnchor(moved, inParagraph6)).toMatchObject({ status: 'moved', blockIndex: 7 })
  })
})

describe('resolveAnchor: deletions', () => {
  it('orphans a deleted sentence', () => {
    const anchor = anchorOn(ARTICLE, 5, 'residents were given six weeks to respond')
    const blocks = edit(article(), 5, REID_SENTENCE, '')
    expect(resolveAnchor(blocks, anchor)).toEqual({ status: 'orphaned' })
  })

  it('orphans a passage whose paragraph was deleted', () => {
    const anchor = anchorOn(ARTICLE, 3, 'Maria Okonjo, 71, has used the Mill Lane library')
    expect(resolveAnchor(without(article(), 3), anchor)).toEqual({ status: 'orphaned' })
    expect(resolveAnchor([], anchor)).toEqual({ status: 'orphaned' })
  })

  it('orphans a passage rewritten beyond recognition, even with its context intact', () => {
    const anchor = anchorOn(ARTICLE, 4, 'have fallen by 40% since 2019')
    const blocks = edit(article(), 4, 'have fallen by 40% since 2019', 'are down sharply on pre-pandemic levels')
    expect(resolveAnchor(blocks, anchor)).toEqual({ status: 'orphaned' })
  })

  it('orphans a short quote that changed at all: four letters are too few to match tolerantly', () => {
    const anchor = anchorOn(ARTICLE, 0, 'five')
    expect(resolveAnchor(edit(article(), 0, 'its five branch', 'its six branch'), anchor)).toEqual({ status: 'orphaned' })
  })
})

describe('resolveAnchor: whitespace and typography', () => {
  it('stays exact when spaces are doubled, made non-breaking or broken across lines', () => {
    const quote = 'residents were given six weeks to respond'
    const anchor = anchorOn(ARTICLE, 5, quote)
    const blocks = edit(article(), 5, quote, 'residents  were given\u00a0six weeks\nto respond')
    const r = resolveAnchor(blocks, anchor)
    expect(r).toMatchObject({ status: 'exact', blockIndex: 5 })
    expect(sliceOf(blocks, r)).toBe('residents  were given\u00a0six weeks\nto respond')
  })

  it('stays exact when curly quotes become straight ones, and back', () => {
    const quote = '“My grandchildren learned to read in that room,” she said.'
    const anchor = anchorOn(ARTICLE, 3, quote)
    const straight = article().map((b) => b.replace(/[“”]/g, '"'))
    const r = resolveAnchor(straight, anchor)
    expect(r).toMatchObject({ status: 'exact', blockIndex: 3 })
    expect(sliceOf(straight, r)).toBe('"My grandchildren learned to read in that room," she said.')
    const typed = anchorOn(straight, 3, '"My grandchildren')
    expect(sliceOf(ARTICLE, resolveAnchor(article(), typed))).toBe('“My grandchildren')
  })

  it('stays exact when a dash is retyped, an ellipsis is typeset or invisible characters creep in', () => {
    const quote = 'go now — the bus station?'
    const anchor = anchorOn(ARTICLE, 3, quote)
    const retyped = [
      'go now - the bus station?',
      'go now -- the bus station?',
      'go now – the bus station?',
      'go now\u200b — the bus sta\u00adtion?',
    ]
    for (const now of retyped) {
      const blocks = edit(article(), 3, quote, now)
      const r = resolveAnchor(blocks, anchor)
      expect(r.status).toBe('exact')
      expect(sliceOf(blocks, r)).toBe(now)
    }
    const dots = edit(article(), 7, 'end of the year.', 'end of the year...')
    const typeset = edit(article(), 7, 'end of the year.', 'end of the year…')
    const r = resolveAnchor(typeset, anchorOn(dots, 7, 'the end of the year...'))
    expect(r.status).toBe('exact')
    expect(sliceOf(typeset, r)).toBe('the end of the year…')
  })

  it('is fuzzy but very close when spacing around a dash changes', () => {
    const anchor = anchorOn(ARTICLE, 3, 'go now — the bus station?')
    const blocks = edit(article(), 3, 'go now — the bus station?', 'go now—the bus station?')
    const r = fuzzy(resolveAnchor(blocks, anchor))
    expect(r.exactNow).toBe('go now—the bus station?')
    expect(r.similarity).toBeGreaterThan(0.85)
  })
})
