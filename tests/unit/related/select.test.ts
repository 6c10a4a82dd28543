import { describe, expect, it } from 'vitest'

import type { ScoredCandidate } from '@/related/domain/score'
import { selectRelated } from '@/related/domain/select'

const scored: ScoredCandidate[] = [
  { id: 's1', score: 2.5, reasons: ['same section', 'similar text'] },
  { id: 's2', score: 1.2, reasons: ['1 shared tag'] },
]
const latestInSection = [{ id: 'l1' }, { id: 'l2' }, { id: 'l3' }]

describe('selectRelated', () => {
  it('puts published editor picks first, in their order, then scored, then the section fallback', () => {
    const items = selectRelated({
      limit: 10,
      curated: [
        { id: 'c2', published: true },
        { id: 'draft', published: false },
        { id: 'c1', published: true },
      ],
      scored,
      latestInSection,
    })
    expect(items).toEqual([
      { id: 'c2', reasons: ['picked by the editor'], source: 'curated' },
      { id: 'c1', reasons: ['picked by the editor'], source: 'curated' },
      { id: 's1', reasons: ['same section', 'similar text'], source: 'scored', score: 2.5 },
      { id: 's2', reasons: ['1 shared tag'], source: 'scored', score: 1.2 },
      { id: 'l1', reasons: ['latest in section'], source: 'latest-in-section' },
      { id: 'l2', reasons: ['latest in section'], source: 'latest-in-section' },
      { id: 'l3', reasons: ['latest in section'], source: 'latest-in-section' },
    ])
  })

  it('stops at the limit', () => {
    const items = selectRelated({ limit: 3, curated: [{ id: 'c1', published: true }], scored, latestInSection })
    expect(items.map((i) => i.id)).toEqual(['c1', 's1', 's2'])
    expect(selectRelated({ limit: 1, curated: [], scored, latestInSection }).map((i) => i.id)).toEqual(['s1'])
  })

  it('uses the section fallback only when the list is still short', () => {
    const items = selectRelated({ limit: 2, curated: [], scored, latestInSection })
    expect(items.every((i) => i.source === 'scored')).toBe(true)
    expect(selectRelated({ limit: 3, curated: [], scored, latestInSection }).map((i) => i.source)).toEqual([
      'scored',
      'scored',
      'latest-in-section',
    ])
  })

  it('fills from the section alone when nothing else qualifies', () => {
    expect(selectRelated({ limit: 2, curated: [], scored: [], latestInSection }).map((i) => i.id)).toEqual(['l1', 'l2'])
  })

  it('never repeats a story, keeping its first (strongest) source', () => {
    const items = selectRelated({
      limit: 10,
      curated: [
        { id: 's2', published: true },
        { id: 's2', published: true },
      ],
      scored,
      latestInSection: [{ id: 's1' }, { id: 'l1' }],
    })
    expect(items.map((i) => [i.id, i.source])).toEqual([
      ['s2', 'curated'],
      ['s1', 'scored'],
      ['l1', 'latest-in-section'],
    ])
  })

  it('never shows an excluded id, whatever its source', () => {
    const items = selectRelated({
      limit: 10,
      curated: [
        { id: 'target', published: true },
        { id: 'c1', published: true },
      ],
      scored: [...scored, { id: 'target', score: 9, reasons: ['similar text'] }],
      latestInSection: [{ id: 'gone' }, ...latestInSection],
      exclude: ['target', 's1', 'gone'],
    })
    expect(items.map((i) => i.id)).toEqual(['c1', 's2', 'l1', 'l2', 'l3'])
  })

  it('returns nothing for a zero or invalid limit', () => {
    for (const limit of [0, -3, Number.NaN]) {
      expect(selectRelated({ limit, curated: [{ id: 'c1', published: true }], scored, latestInSection })).toEqual([])
    }
  })

  it('does not share reason arrays with its input', () => {
    const [item] = selectRelated({ limit: 1, curated: [], scored, latestInSection })
    item!.reasons.push('mutated')
    expect(scored[0]!.reasons).toEqual(['same section', 'similar text'])
  })
})
