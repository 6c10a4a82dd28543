import { describe, expect, it } from 'vitest'

import { commentCounts, generateArticle, generateThread, random } from '../../../bench/lib/content'
import { insertRows } from '../../../bench/lib/sql'
import { chart } from '../../../bench/lib/report'
import { percentile } from '../../../bench/lib/load'

const pools = { sections: ['s1', 's2'], tags: ['t1', 't2', 't3', 't4', 't5'], authors: ['a1', 'a2', 'a3'], media: ['m1'] }
const corpus = {
  titles: ['Ferry timetable changes'],
  deks: ['A dek.'],
  paragraphs: ['One two three four five.', 'Six seven eight.'],
  headings: ['A heading'],
}
const now = Date.parse('2026-12-01T12:00:00Z')

describe('benchmark content', () => {
  it('is deterministic for a seed', () => {
    expect(random(7).next()).toBe(random(7).next())
    const a = generateArticle(5, 100, pools, corpus, now)
    const b = generateArticle(5, 100, pools, corpus, now)
    expect({ ...a, id: '' }).toEqual({ ...b, id: '' })
  })

  it('gives articles unique slugs, 1–4 tags, 1–3 distinct authors, and the newest first', () => {
    const articles = Array.from({ length: 200 }, (_, n) => generateArticle(n, 200, pools, corpus, now))
    expect(new Set(articles.map((a) => a.slug)).size).toBe(200)
    for (const a of articles) {
      expect(a.tagIds.length).toBeGreaterThanOrEqual(1)
      expect(a.tagIds.length).toBeLessThanOrEqual(4)
      expect(new Set(a.authorIds).size).toBe(a.authorIds.length)
      expect(a.authorIds.length).toBeLessThanOrEqual(3)
      expect(a.readingTimeMinutes).toBeGreaterThanOrEqual(1)
    }
    expect(articles[0].firstPublishedAt.getTime()).toBeGreaterThan(articles[1].firstPublishedAt.getTime())
    expect(articles[199].firstPublishedAt.getTime()).toBeGreaterThan(now - 6 * 365 * 24 * 3_600_000)
  })

  it('spreads comments to sum exactly, the hot story taking its share and recent stories more', () => {
    const counts = commentCounts(1000, 100_003, 20_000)
    expect(counts.reduce((a, b) => a + b, 0)).toBe(100_003)
    expect(counts[0]).toBe(20_000)
    expect(counts[1]).toBeGreaterThan(counts[999])
    expect(commentCounts(1, 50, 80)).toEqual([50])
  })

  it('threads replies under approved comments only, never deeper than the limit', () => {
    const article = generateArticle(0, 10, pools, corpus, now)
    const thread = generateThread(article, 0, 3000, 2)
    const byId = new Map(thread.map((c) => [c.id, c]))
    const replies = thread.filter((c) => c.parentId)
    expect(replies.length).toBeGreaterThan(600)
    for (const reply of replies) {
      const parent = byId.get(reply.parentId!)!
      expect(parent.status).toBe('approved')
      expect(reply.depth).toBeLessThanOrEqual(2)
      expect(reply.rootId).toBe(parent.rootId ?? parent.id)
      expect(reply.createdAt.getTime()).toBeGreaterThanOrEqual(parent.createdAt.getTime() - 60_000)
    }
    expect(thread.some((c) => c.status === 'pending')).toBe(true)
  })
})

describe('benchmark helpers', () => {
  it('chunks multi-row inserts with numbered placeholders', () => {
    const statements = insertRows(
      't',
      ['a', 'b'],
      [
        [1, 2],
        [3, 4],
        [5, 6],
      ],
      2,
    )
    expect(statements).toEqual([
      { text: 'INSERT INTO t ("a", "b") VALUES ($1, $2), ($3, $4)', params: [1, 2, 3, 4] },
      { text: 'INSERT INTO t ("a", "b") VALUES ($1, $2)', params: [5, 6] },
    ])
  })

  it('takes exact percentiles', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1)
    expect(percentile(sorted, 50)).toBe(50)
    expect(percentile(sorted, 95)).toBe(95)
    expect(percentile(sorted, 99)).toBe(99)
    expect(percentile([], 95)).toBe(0)
  })

  it('draws one bar per measurement in each panel, escaping labels', () => {
    const m = { requests: 1, rps: 100, p50: 1, p95: 2, p99: 3, max: 4, connections: 1, errors5xx: 0, socketErrors: 0, statuses: {} }
    const svg = chart([
      { ...m, scenario: 'a <b>', layer: 'L0', label: 'x' },
      { ...m, scenario: 'c', layer: 'L3', label: 'y', rps: 50 },
    ])
    expect(svg.match(/<rect /g)?.length).toBe(1 + 4 + 5) // background, two bars per row, legend
    expect(svg).toContain('a &lt;b>')
  })
})
