import { describe, expect, it } from 'vitest'

import { relatedListChanged } from '@/related/domain/list-change'

describe('relatedListChanged', () => {
  const list = [
    { article: 'a', reasons: ['2 shared tags'] },
    { article: 'b', reasons: ['same section'] },
  ]
  it('is false for the same stories, order and reasons (scores are not compared)', () => {
    expect(relatedListChanged(list, structuredClone(list))).toBe(false)
    expect(relatedListChanged(null, null)).toBe(false)
  })
  it('is true for another story, order or reason, and for a list that appears or goes', () => {
    expect(relatedListChanged(list, [list[1], list[0]])).toBe(true)
    expect(relatedListChanged(list, [list[0], { article: 'c', reasons: ['same section'] }])).toBe(true)
    expect(relatedListChanged(list, [list[0], { article: 'b', reasons: ['similar text'] }])).toBe(true)
    expect(relatedListChanged(list, list.slice(0, 1))).toBe(true)
    expect(relatedListChanged(null, list)).toBe(true)
    expect(relatedListChanged(list, null)).toBe(true)
  })
})
