import { describe, expect, it } from 'vitest'

import { isBlankChar, toMatchText, toOriginalRange } from '@/comments/domain/anchoring/normalise'
import { bestEnd, bestStart, bestWindow, bigrams, dice } from '@/comments/domain/anchoring/similarity'

describe('dice', () => {
  it('compares bigram multisets', () => {
    expect(dice(bigrams('night'), 'night')).toBe(1)
    expect(dice(bigrams('night'), 'nacht')).toBe(0.25) // only "ht" is shared: 2·1 / (4 + 4)
    expect(dice(bigrams('aaaa'), 'aa')).toBe(0.5) // "aa" three times against once: 2·1 / (3 + 1)
    expect(dice(bigrams('library'), 'x')).toBe(0)
    expect(dice(bigrams('risen sharply'), 'risen steeply')).toBeCloseTo((2 * 8) / 24)
  })
})

describe('window search', () => {
  const text = 'The council says visits have fallen by 40% since 2019, and costs have risen.'
  const target = bigrams('visits have fallen by 40%')

  it('slides a window of the target length to the most similar place', () => {
    const found = bestWindow(text, target)
    expect(found).toEqual({ start: text.indexOf('visits'), end: text.indexOf('visits') + 25, similarity: 1 })
    expect(bestWindow('a', target)).toBeNull()
  })

  it('grows from a fixed edge to the most similar length', () => {
    const start = text.indexOf('visits')
    const grown = bestEnd(text, start, bigrams('visits have fallen'), 100)
    expect(grown).toMatchObject({ end: start + 'visits have fallen'.length, similarity: 1 })
    const end = text.indexOf(', and costs')
    expect(bestStart(text, end, bigrams('fallen by 40% since 2019'), 100)).toMatchObject({ start: text.indexOf('fallen') })
  })
})

describe('toMatchText', () => {
  it('folds quotes, dashes, ellipses and whitespace, and drops invisible characters', () => {
    expect(toMatchText('‘a’ “b” „c‟ «d» — e – f -- g … h\u00a0\u00a0i\n\tj\u200bk\u00adl').text).toBe(
      '\'a\' "b" "c" "d" - e - f - g ... h i jkl',
    )
  })

  it('maps every compared range back to the original characters', () => {
    const original = '“Wait—what?”  she\u00a0asked…'
    const match = toMatchText(original)
    expect(match.text).toBe('"Wait-what?" she asked...')
    expect(toOriginalRange(match, original, 0, 12)).toEqual({ start: 0, end: 12 })
    expect(toOriginalRange(match, original, 11, 13)).toEqual({ start: 11, end: 14 }) // the closing quote and both spaces
    expect(original.slice(toOriginalRange(match, original, 13, 25).start)).toBe('she\u00a0asked…')
  })

  it('knows which characters are blank', () => {
    for (const ch of [' ', '\n', '\u00a0', '\u2009', '\u200b', '\ufeff']) expect(isBlankChar(ch)).toBe(true)
    for (const ch of ['a', '-', '“', '.']) expect(isBlankChar(ch)).toBe(false)
  })
})
