import { describe, expect, it } from 'vitest'

import { dayKey, rankMostRead, recentDays, sameRanking } from '@/readership/domain/most-read'

describe('most read', () => {
  it('sums the counts of every process and day per article, the most first, ties by id', () => {
    const ranking = rankMostRead(
      [
        { article: 'b', views: 3 },
        { article: 'a', views: 2 },
        { article: 'c', views: 4 },
        { article: 'a', views: 2 },
        { article: 'd', views: 0 },
      ],
      3,
    )
    expect(ranking).toEqual([
      { article: 'a', views: 4 },
      { article: 'c', views: 4 },
      { article: 'b', views: 3 },
    ])
    expect(rankMostRead([{ article: 'd', views: 0 }], 5)).toEqual([])
  })

  it('counts by UTC day and looks back over today and the days before', () => {
    const now = new Date('2026-12-07T00:30:00Z')
    expect(dayKey(now)).toBe('2026-12-07')
    expect(recentDays(now, 2)).toEqual(['2026-12-07', '2026-12-06'])
    expect(recentDays(new Date('2026-03-01T10:00:00Z'), 2)).toEqual(['2026-03-01', '2026-02-28'])
  })

  it('tells a ranking that shows the same articles in the same order from one that does not', () => {
    const ranking = [{ article: 'a' }, { article: 'b' }]
    expect(sameRanking(ranking, [{ article: 'a' }, { article: 'b' }])).toBe(true)
    expect(sameRanking(ranking, [{ article: 'b' }, { article: 'a' }])).toBe(false)
    expect(sameRanking(ranking, [{ article: 'a' }])).toBe(false)
  })
})
