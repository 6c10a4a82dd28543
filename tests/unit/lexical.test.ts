import { describe, expect, it } from 'vitest'

import { readingTimeMinutes, countWords } from '@/lib/articles/reading-time'
import { lexicalFromBlocks } from '@/lib/lexical/from-blocks'
import { lexicalBlocks, lexicalPlainText } from '@/lib/lexical/plain-text'

describe('lexical text', () => {
  const value = lexicalFromBlocks([
    { type: 'h2', text: 'What happened' },
    { type: 'p', text: 'The bridge closed at dawn.' },
    { type: 'list', items: ['Buses diverted', 'Ferries doubled'] },
    { type: 'quote', text: '“We had no choice,” the engineer said.' },
  ])

  it('reads every block in order, list items one by one', () => {
    expect(lexicalBlocks(value)).toEqual([
      'What happened',
      'The bridge closed at dawn.',
      'Buses diverted',
      'Ferries doubled',
      '“We had no choice,” the engineer said.',
    ])
  })

  it('joins blocks with blank lines', () => {
    expect(lexicalPlainText(value).split('\n\n')).toHaveLength(5)
  })

  it('accepts empty and malformed values without throwing', () => {
    expect(lexicalBlocks(null)).toEqual([])
    expect(lexicalBlocks({})).toEqual([])
    expect(lexicalBlocks({ root: { children: [{ type: 'paragraph', children: [] }] } })).toEqual([])
    expect(lexicalBlocks('text')).toEqual([])
  })

  it('keeps inline image captions as text', () => {
    const withImage = { root: { type: 'root', children: [{ type: 'upload', fields: { caption: 'The old pier' } }] } }
    expect(lexicalBlocks(withImage)).toEqual(['The old pier'])
  })
})

describe('reading time', () => {
  it('counts words with apostrophes and hyphens as one', () => {
    expect(countWords("The mayor's long-awaited plan, at last.")).toBe(6)
  })

  it('is zero for no text and at least one minute otherwise', () => {
    expect(readingTimeMinutes('')).toBe(0)
    expect(readingTimeMinutes('One word')).toBe(1)
    expect(readingTimeMinutes(Array(690).fill('word').join(' '))).toBe(3)
  })
})
