import { describe, expect, it } from 'vitest'

import { buildVectors, cosine } from '@/related/domain/tfidf'
import type { TermVector } from '@/related/domain/tfidf'

const squaredLength = (v: TermVector): number => [...v.values()].reduce((sum, w) => sum + w * w, 0)

describe('buildVectors', () => {
  it('uses sublinear tf and smoothed idf, then L2-normalises', () => {
    const vectors = buildVectors([
      { id: 'a', text: 'alpha alpha bravo' },
      { id: 'b', text: 'bravo charlie' },
    ])
    // N = 2: "alpha" tf 2, df 1; "bravo" tf 1, df 2.
    const alpha = (1 + Math.log(2)) * (Math.log(3 / 2) + 1)
    const bravo = 1 * (Math.log(3 / 3) + 1)
    const norm = Math.hypot(alpha, bravo)
    const a = vectors.get('a')!
    expect(a.get('alpha')).toBeCloseTo(alpha / norm, 12)
    expect(a.get('bravo')).toBeCloseTo(bravo / norm, 12)
    expect([...a.keys()]).toEqual(['alpha', 'bravo'])
  })

  it('gives every non-empty document unit length', () => {
    const vectors = buildVectors([
      { id: 'a', text: 'Harbour Bridge closed after cracks found' },
      { id: 'b', text: 'Engineers repair the cracked girder on the bridge' },
      { id: 'c', text: 'Heatwave brings hottest summer temperatures' },
    ])
    for (const v of vectors.values()) expect(squaredLength(v)).toBeCloseTo(1, 12)
  })

  it('gives an empty vector to a document with no topic words', () => {
    const vectors = buildVectors([
      { id: 'a', text: 'It was said on Monday' },
      { id: 'b', text: 'bridge' },
    ])
    expect(vectors.get('a')!.size).toBe(0)
  })

  it('weights a rare shared word above a common one', () => {
    const vectors = buildVectors([
      { id: 'target', text: 'council girder' },
      { id: 'rare', text: 'girder' },
      { id: 'common', text: 'council' },
      { id: 'x', text: 'council budget' },
      { id: 'y', text: 'council meeting' },
    ])
    const target = vectors.get('target')!
    // Both words occur once in the target, but "council" is in four of five documents, "girder" in two.
    expect(cosine(target, vectors.get('rare')!)).toBeGreaterThan(cosine(target, vectors.get('common')!))
  })
})

describe('cosine', () => {
  const vectors = buildVectors([
    { id: 'a', text: 'Harbour Bridge closed after cracks found in the main span' },
    { id: 'same', text: 'Harbour Bridge closed after cracks found in the main span' },
    { id: 'overlap', text: 'Engineers repair the cracked Harbour Bridge girder' },
    { id: 'disjoint', text: 'Heatwave brings hottest summer temperatures' },
    { id: 'empty', text: '' },
  ])
  const v = (id: string): TermVector => vectors.get(id)!

  it('is 1 for identical texts', () => {
    expect(cosine(v('a'), v('same'))).toBeCloseTo(1, 12)
    expect(cosine(v('a'), v('a'))).toBeCloseTo(1, 12)
    expect(cosine(v('a'), v('a'))).toBeLessThanOrEqual(1)
  })

  it('is 0 for texts with no word in common, and for empty vectors', () => {
    expect(cosine(v('a'), v('disjoint'))).toBe(0)
    expect(cosine(v('a'), v('empty'))).toBe(0)
    expect(cosine(v('empty'), v('empty'))).toBe(0)
  })

  it('is symmetric and between 0 and 1 for partial overlap', () => {
    const ab = cosine(v('a'), v('overlap'))
    expect(ab).toBeGreaterThan(0)
    expect(ab).toBeLessThan(1)
    expect(cosine(v('overlap'), v('a'))).toBeCloseTo(ab, 12)
  })

  it('does not depend on vector length', () => {
    const a = new Map([
      ['x', 1],
      ['y', 2],
    ])
    const b = new Map([
      ['x', 10],
      ['y', 20],
    ])
    expect(cosine(a, b)).toBeCloseTo(1, 12)
  })
})
