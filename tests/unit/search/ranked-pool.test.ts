import { describe, expect, it } from 'vitest'

import { estimateTotal, orderPool, planPage, RANKED_POOL } from '@/search/domain/ranked-pool'

describe('the ranked pool', () => {
  it('orders the pool best match first (ties newest first), or newest first', () => {
    const pool = [
      { id: 'new', key: 30, score: 1 },
      { id: 'mid', key: 20, score: 5 },
      { id: 'old', key: 10, score: 5 },
    ]
    expect(orderPool(pool, 'relevance').map((hit) => hit.id)).toEqual(['mid', 'old', 'new'])
    expect(orderPool(pool, 'newest').map((hit) => hit.id)).toEqual(['new', 'mid', 'old'])
  })

  it('takes a page from the pool, then from the older matches past a full pool', () => {
    expect(planPage(40, 0, 10)).toEqual({ fromPool: { start: 0, end: 10 }, pastPool: null })
    // A pool that was not full holds every match: a page past it is empty.
    expect(planPage(40, 40, 10)).toEqual({ fromPool: { start: 40, end: 40 }, pastPool: null })
    expect(planPage(RANKED_POOL, 990, 20)).toEqual({ fromPool: { start: 990, end: 1000 }, pastPool: { offset: 1000, limit: 10 } })
    expect(planPage(RANKED_POOL, 5000, 10)).toEqual({ fromPool: { start: 1000, end: 1000 }, pastPool: { offset: 5000, limit: 10 } })
  })

  it('counts exactly below the bound and estimates past it, to two figures and never above the stories', () => {
    expect(estimateTotal(37, 0, 0)).toEqual({ total: 37, estimated: false })
    // The thousand newest matches reach back over 4,000 of 50,000 stories: about 12,500, said as 13,000.
    expect(estimateTotal(RANKED_POOL, 4_000, 50_000)).toEqual({ total: 13_000, estimated: true })
    expect(estimateTotal(RANKED_POOL, 1_200, 1_300)).toEqual({ total: 1_100, estimated: true })
    expect(estimateTotal(RANKED_POOL, 1_000, 500_000)).toEqual({ total: 500_000, estimated: true })
    expect(estimateTotal(RANKED_POOL, 1_000, 1_000)).toEqual({ total: 1_000, estimated: false })
  })
})
