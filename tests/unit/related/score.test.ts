import { describe, expect, it } from 'vitest'

import { DEFAULT_WEIGHTS, scoreRelated } from '@/related/domain/score'
import type { RelatedCandidate, RelatedOptions } from '@/related/domain/score'
import { buildVectors, cosine } from '@/related/domain/tfidf'

const NOW = new Date('2025-07-21T12:00:00Z')
/**
 * The arithmetic tests use round weights of their own, so they keep testing the formula when the
 * tuned defaults change; the defaults themselves are tested by the quality corpus.
 */
const ARITHMETIC_WEIGHTS = { section: 1, tag: 0.8, author: 0.6, text: 2.5 }
const DAY = 86_400_000
const daysAgo = (days: number): string => new Date(NOW.getTime() - days * DAY).toISOString()

/** A published story with nothing in common with anything unless a test says so. */
function story(id: string, overrides: Partial<RelatedCandidate> = {}): RelatedCandidate {
  return {
    id,
    title: `Headline ${id}`,
    text: '',
    sectionId: null,
    tagSlugs: [],
    authorIds: [],
    publishedAt: NOW.toISOString(),
    published: true,
    ...overrides,
  }
}

const target = story('target', {
  sectionId: 'local',
  tagSlugs: ['harbour-bridge', 'transport', 'roads', 'council', 'traffic'],
  authorIds: ['tom', 'maya'],
})

const score = (candidates: RelatedCandidate[], options: Partial<RelatedOptions> = {}, t = target) =>
  scoreRelated(t, candidates, { now: NOW, threshold: 0, ...options, weights: { ...ARITHMETIC_WEIGHTS, ...options.weights } })

const only = (candidate: RelatedCandidate, options: Partial<RelatedOptions> = {}) => {
  const results = score([candidate], options)
  expect(results).toHaveLength(1)
  return results[0]!
}

describe('scoreRelated: scoring rules', () => {
  it('adds the section weight for the same primary section', () => {
    expect(only(story('a', { sectionId: 'local' }))).toEqual({ id: 'a', score: 1, reasons: ['same section', 'recent'] })
  })

  it('gives nothing for a different or missing section', () => {
    expect(score([story('a', { sectionId: 'sport' })])).toEqual([{ id: 'a', score: 0, reasons: [] }])
    const noSection = story('t', { sectionId: null })
    expect(score([story('a', { sectionId: null })], {}, noSection)).toEqual([{ id: 'a', score: 0, reasons: [] }])
  })

  it('adds the tag weight per shared tag', () => {
    expect(only(story('a', { tagSlugs: ['transport', 'sport'] }))).toMatchObject({ score: 0.8, reasons: ['1 shared tag', 'recent'] })
    expect(only(story('a', { tagSlugs: ['transport', 'roads'] }))).toMatchObject({ score: 1.6, reasons: ['2 shared tags', 'recent'] })
  })

  it('counts at most three shared tags, but reports them all', () => {
    const five = story('a', { tagSlugs: ['harbour-bridge', 'transport', 'roads', 'council', 'traffic'] })
    expect(only(five)).toMatchObject({ score: 2.4, reasons: ['5 shared tags', 'recent'] })
  })

  it('matches tags after normalising them, and counts a repeated tag once', () => {
    const spelled = story('a', { tagSlugs: ['#Harbour Bridge', 'harbour_bridge', 'TRANSPORT'] })
    expect(only(spelled)).toMatchObject({ score: 1.6, reasons: ['2 shared tags', 'recent'] })
  })

  it('adds the author weight once, however many authors are shared', () => {
    expect(only(story('a', { authorIds: ['tom', 'lena'] }))).toMatchObject({ score: 0.6, reasons: ['same author', 'recent'] })
    expect(only(story('a', { authorIds: ['maya', 'tom'] }))).toMatchObject({ score: 0.6, reasons: ['same authors', 'recent'] })
  })

  it('adds the text weight times the TF-IDF cosine over the whole pool', () => {
    const t = story('t', { text: 'Harbour Bridge closed after cracks found in the steel girder' })
    const a = story('a', { text: 'Engineers repair the cracked girder on Harbour Bridge' })
    const b = story('b', { text: 'Heatwave brings the hottest summer on record' })
    const vectors = buildVectors([t, a, b])
    const expected = 2.5 * cosine(vectors.get('t')!, vectors.get('a')!)
    expect(expected).toBeGreaterThan(0.25)
    const results = score([a, b], {}, t)
    expect(results.find((r) => r.id === 'a')).toEqual({ id: 'a', score: Number(expected.toFixed(4)), reasons: ['similar text', 'recent'] })
    expect(results.find((r) => r.id === 'b')).toEqual({ id: 'b', score: 0, reasons: [] })
  })

  it('counts faint text overlap in the score but does not call it similar below a cosine of 0.1', () => {
    const t = story('t', { sectionId: 'local', text: 'alpha bravo charlie delta foxtrot golf hotel india juliet kilo lima mike' })
    const a = story('a', { sectionId: 'local', text: 'mike november oscar papa quebec romeo sierra tango uniform victor whiskey' })
    const vectors = buildVectors([t, a])
    const similarity = cosine(vectors.get('t')!, vectors.get('a')!)
    expect(similarity).toBeGreaterThan(0)
    expect(similarity).toBeLessThan(0.1)
    expect(score([a], {}, t)).toEqual([{ id: 'a', score: Number((1 + 2.5 * similarity).toFixed(4)), reasons: ['same section', 'recent'] }])
  })

  it('lists reasons in a stable order: section, tags, authors, text, recent', () => {
    const t = story('t', { sectionId: 'local', tagSlugs: ['a', 'b'], authorIds: ['x', 'y'], text: 'Harbour Bridge girder cracks' })
    const c = story('c', {
      sectionId: 'local',
      tagSlugs: ['b', 'a'],
      authorIds: ['y', 'x'],
      text: 'Cracked girder keeps Harbour Bridge shut for repairs',
    })
    expect(score([c], {}, t)[0]!.reasons).toEqual(['same section', '2 shared tags', 'same authors', 'similar text', 'recent'])
  })

  it('rounds scores to four decimals', () => {
    const [result] = score([story('a', { sectionId: 'local', publishedAt: daysAgo(10) })])
    expect(result!.score).toBe(0.7937) // 0.5 ** (10 / 30) = 0.79370…
  })
})

describe('scoreRelated: exclusions', () => {
  const related = { sectionId: 'local', tagSlugs: ['transport'] }

  it('never returns the target itself, even passed in as a candidate', () => {
    expect(score([target, story('target', related), story('a', related)]).map((r) => r.id)).toEqual(['a'])
  })

  it('never returns unpublished stories', () => {
    expect(score([story('a', { ...related, published: false })])).toEqual([])
  })

  it('never returns stories excluded from related lists', () => {
    expect(score([story('a', { ...related, excludeFromRelated: true })])).toEqual([])
    expect(score([story('a', { ...related, excludeFromRelated: false })])).toHaveLength(1)
  })

  it('never returns a candidate twice', () => {
    expect(score([story('a', related), story('a', related)])).toHaveLength(1)
  })

  describe('near-duplicates', () => {
    const text = 'Harbour Bridge closed after inspectors found cracks in a steel girder under the main span'
    const t = story('t', { ...related, title: 'Harbour Bridge closed', text })
    const other = story('other', { ...related, title: 'Heatwave', text: 'Heatwave brings the hottest summer on record' })

    it('drops a candidate whose text is (nearly) the same', () => {
      const copy = story('copy', { ...related, title: 'Bridge shut', text: `${text}.` })
      expect(score([copy, other], {}, t).map((r) => r.id)).toEqual(['other'])
    })

    it('drops a candidate with the same headline, ignoring case and punctuation', () => {
      const sameTitle = story('same-title', { ...related, title: '  HARBOUR bridge — closed! ', text: 'Totally different words here' })
      expect(score([sameTitle, other], {}, t).map((r) => r.id)).toEqual(['other'])
    })

    it('follows the nearDuplicateSimilarity option', () => {
      const copy = story('copy', { ...related, title: 'Bridge shut', text })
      expect(score([copy], { nearDuplicateSimilarity: 1.01 }, t).map((r) => r.id)).toEqual(['copy'])
      const partial = story('partial', { ...related, title: 'Girder', text: 'Engineers repair the cracked girder on Harbour Bridge' })
      expect(score([partial], {}, t)).toHaveLength(1)
      expect(score([partial], { nearDuplicateSimilarity: 0.05 }, t)).toEqual([])
    })
  })
})

describe('scoreRelated: recency', () => {
  const at = (publishedAt: string | null) => only(story('a', { sectionId: 'local', publishedAt })).score

  it('halves the score every half-life of the candidate’s age (30 days by default)', () => {
    expect(at(daysAgo(0))).toBe(1)
    expect(at(daysAgo(30))).toBe(0.5)
    expect(at(daysAgo(60))).toBe(0.25)
  })

  it('never decays below the 0.15 floor', () => {
    expect(at(daysAgo(90))).toBe(0.15)
    expect(at(daysAgo(3650))).toBe(0.15)
  })

  it('treats a future date as brand new and a missing or invalid date as old', () => {
    expect(at(daysAgo(-5))).toBe(1)
    expect(at(null)).toBe(0.15)
    expect(at('not a date')).toBe(0.15)
  })

  it('follows the halfLifeDays option', () => {
    const candidate = story('a', { sectionId: 'local', publishedAt: daysAgo(30) })
    expect(only(candidate, { halfLifeDays: 60 }).score).toBe(0.7071)
    expect(only(candidate, { halfLifeDays: 10 }).score).toBe(0.15)
  })

  it('says "recent" only in the first quarter of a half-life, and never on its own', () => {
    expect(only(story('a', { sectionId: 'local', publishedAt: daysAgo(7) })).reasons).toEqual(['same section', 'recent'])
    expect(only(story('a', { sectionId: 'local', publishedAt: daysAgo(8) })).reasons).toEqual(['same section'])
    expect(only(story('a', { sectionId: 'local', publishedAt: daysAgo(8) }), { halfLifeDays: 40 }).reasons).toContain('recent')
    expect(only(story('a', { publishedAt: daysAgo(0) })).reasons).toEqual([])
  })

  it('rejects a non-positive half-life and an invalid now', () => {
    expect(() => score([], { halfLifeDays: 0 })).toThrow(RangeError)
    expect(() => score([], { now: new Date('nope') })).toThrow(RangeError)
  })
})

describe('scoreRelated: weights and threshold', () => {
  const candidate = story('a', { sectionId: 'local', tagSlugs: ['transport'], authorIds: ['tom'] })

  it('applies weights as given: section 1, tag 0.8, author 0.6', () => {
    expect(only(candidate).score).toBe(2.4)
  })

  it('has tuned defaults that favour shared text and tags over a shared section or byline', () => {
    expect(DEFAULT_WEIGHTS.text).toBeGreaterThan(DEFAULT_WEIGHTS.tag)
    expect(DEFAULT_WEIGHTS.tag).toBeGreaterThan(DEFAULT_WEIGHTS.author)
    expect(DEFAULT_WEIGHTS.section).toBeGreaterThan(DEFAULT_WEIGHTS.author)
  })

  it('overrides only the weights given', () => {
    expect(only(candidate, { weights: { section: 2 } }).score).toBe(3.4)
    expect(only(candidate, { weights: { tag: 0.5, author: 1 } }).score).toBe(2.5)
  })

  it('drops a part and its reason when its weight is 0', () => {
    expect(only(candidate, { weights: { tag: 0 } })).toMatchObject({ score: 1.6, reasons: ['same section', 'same author', 'recent'] })
    const t = story('t', { text: 'Harbour Bridge girder cracks' })
    const c = story('c', { text: 'Cracked girder keeps Harbour Bridge shut' })
    expect(score([c], { weights: { text: 0 } }, t)).toEqual([{ id: 'c', score: 0, reasons: [] }])
  })

  it('rejects negative or non-finite weights', () => {
    expect(() => score([], { weights: { tag: -1 } })).toThrow(RangeError)
    expect(() => score([], { weights: { text: Number.NaN } })).toThrow(RangeError)
  })

  it('returns only candidates at or above the threshold (0.6 by default)', () => {
    const fresh = story('fresh', { sectionId: 'local' }) // 1.0
    const month = story('month', { sectionId: 'local', publishedAt: daysAgo(30) }) // 0.5
    const none = story('none') // 0
    const ids = (threshold?: number) =>
      scoreRelated(target, [fresh, month, none], {
        now: NOW,
        weights: ARITHMETIC_WEIGHTS,
        ...(threshold === undefined ? {} : { threshold }),
      }).map((r) => r.id)
    expect(ids()).toEqual(['fresh'])
    expect(ids(0.5)).toEqual(['fresh', 'month'])
    expect(ids(1)).toEqual(['fresh'])
    expect(ids(1.0001)).toEqual([])
  })
})

describe('scoreRelated: ordering', () => {
  it('sorts by score, then newer publishedAt, then id', () => {
    const candidates = [
      story('low', { tagSlugs: ['transport'] }), // 0.8
      story('high', { sectionId: 'local', tagSlugs: ['transport'] }), // 1.8
      story('old-b', { sectionId: 'local', publishedAt: daysAgo(400) }), // floor: 0.15
      story('undated', { sectionId: 'local', publishedAt: null }), // floor: 0.15
      story('old-a', { sectionId: 'local', publishedAt: daysAgo(400) }), // floor: 0.15
      story('older', { sectionId: 'local', publishedAt: daysAgo(500) }), // floor: 0.15
    ]
    const expected = ['high', 'low', 'old-a', 'old-b', 'older', 'undated']
    expect(score(candidates).map((r) => r.id)).toEqual(expected)
    expect(score([...candidates].reverse()).map((r) => r.id)).toEqual(expected)
  })

  it('gives the same answer on every call', () => {
    const t = story('t', { sectionId: 'local', text: 'Harbour Bridge girder cracks close the crossing' })
    const pool = ['Bridge repairs begin', 'Girder cracks found', 'Harbour traffic delays', 'Crossing reopens'].map((text, i) =>
      story(`s${i}`, { sectionId: i % 2 ? 'local' : 'business', text }),
    )
    expect(score(pool, {}, t)).toEqual(score(pool, {}, t))
  })
})
