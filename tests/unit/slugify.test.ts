import { describe, expect, it } from 'vitest'

import { MAX_SLUG_LENGTH, SLUG_PATTERN, slugify } from '@/lib/slugs/slugify'

describe('slugify', () => {
  it('lowercases and joins words with single hyphens', () => {
    expect(slugify('  Harbour Bridge   closes -- again! ')).toBe('harbour-bridge-closes-again')
  })

  it('folds accents and spells out ampersands', () => {
    expect(slugify('Café & Crème: Zürich’s straße')).toBe('cafe-and-creme-zurichs-strasse')
  })

  it('drops apostrophes inside words rather than splitting them', () => {
    expect(slugify("Mayor's plan")).toBe('mayors-plan')
  })

  it('never produces characters that need escaping in a URL', () => {
    for (const input of ['<script>alert(1)</script>', '../../etc/passwd', 'a/b?c=d#e', '日本語 title', '%20%2F']) {
      const result = slugify(input)
      expect(result === '' || SLUG_PATTERN.test(result)).toBe(true)
    }
  })

  it('cuts long headlines at a word boundary', () => {
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ')
    const result = slugify(long)
    expect(result.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
    expect(result.endsWith('-')).toBe(false)
    expect(long.replace(/ /g, '-').startsWith(result)).toBe(true)
  })

  it('returns an empty string for non-text input', () => {
    expect(slugify(undefined)).toBe('')
    expect(slugify(42)).toBe('')
    expect(slugify('!!!')).toBe('')
  })
})
