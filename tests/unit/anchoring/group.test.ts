import { describe, expect, it } from 'vitest'

import { groupByPassage } from '@/comments/domain/anchoring/group'
import { resolveAnchors } from '@/comments/domain/anchoring/resolve'
import type { Resolution } from '@/comments/domain/anchoring/types'
import { ARTICLE, anchorOn, article, edit, REID_SENTENCE } from './article'

const at = (blockIndex: number, start: number, end: number, status: 'exact' | 'moved' = 'exact'): Resolution => ({
  status,
  blockIndex,
  start,
  end,
})
const near = (blockIndex: number, start: number, end: number): Resolution => ({
  status: 'fuzzy',
  blockIndex,
  start,
  end,
  exactNow: 'x'.repeat(end - start),
  similarity: 0.8,
})
const ORPHANED: Resolution = { status: 'orphaned' }

describe('groupByPassage', () => {
  it('is empty for no feedback', () => {
    expect(groupByPassage([])).toEqual([])
  })

  it('puts overlapping feedback in one block together, spanning all of it', () => {
    const groups = groupByPassage([
      { id: 'a', resolution: at(2, 10, 40) },
      { id: 'b', resolution: at(2, 30, 60) },
      { id: 'c', resolution: at(2, 15, 20) },
    ])
    expect(groups).toEqual([{ key: '2:10-60', blockIndex: 2, start: 10, end: 60, ids: ['a', 'b', 'c'], count: 3, status: 'exact' }])
  })

  it('joins a chain of overlaps, but not ranges that only touch', () => {
    const chain = groupByPassage([
      { id: 'a', resolution: at(0, 0, 10) },
      { id: 'b', resolution: at(0, 8, 20) },
      { id: 'c', resolution: at(0, 19, 30) },
    ])
    expect(chain.map((g) => [g.key, g.ids])).toEqual([['0:0-30', ['a', 'b', 'c']]])
    const touching = groupByPassage([
      { id: 'a', resolution: at(0, 0, 10) },
      { id: 'b', resolution: at(0, 10, 20) },
    ])
    expect(touching.map((g) => [g.key, g.count])).toEqual([
      ['0:0-10', 1],
      ['0:10-20', 1],
    ])
  })

  it('keeps the same offsets in different blocks apart', () => {
    const groups = groupByPassage([
      { id: 'a', resolution: at(3, 5, 15) },
      { id: 'b', resolution: at(1, 5, 15) },
    ])
    expect(groups.map((g) => [g.blockIndex, g.ids])).toEqual([
      [1, ['b']],
      [3, ['a']],
    ])
  })

  it('lists groups in article order and orphaned feedback last, ids in the order given', () => {
    const groups = groupByPassage([
      { id: 'gone-1', resolution: ORPHANED },
      { id: 'late', resolution: at(6, 40, 50) },
      { id: 'early-2', resolution: at(0, 20, 30) },
      { id: 'gone-2', resolution: ORPHANED },
      { id: 'early-1', resolution: at(0, 5, 25) },
      { id: 'middle', resolution: at(0, 60, 70) },
    ])
    expect(groups.map((g) => g.key)).toEqual(['0:5-30', '0:60-70', '6:40-50', 'orphaned'])
    expect(groups[0]!.ids).toEqual(['early-2', 'early-1'])
    expect(groups.at(-1)).toEqual({
      key: 'orphaned',
      blockIndex: null,
      start: null,
      end: null,
      ids: ['gone-1', 'gone-2'],
      count: 2,
      status: 'orphaned',
    })
  })

  it('gives a group the status of its least certain member', () => {
    const status = (...rs: Resolution[]) => groupByPassage(rs.map((resolution, i) => ({ id: `f${i}`, resolution })))[0]!.status
    expect(status(at(1, 0, 10), at(1, 5, 15))).toBe('exact')
    expect(status(at(1, 0, 10), at(1, 5, 15, 'moved'))).toBe('moved')
    expect(status(near(1, 0, 10), at(1, 5, 15, 'moved'), at(1, 2, 4))).toBe('fuzzy')
  })

  it('marks the passages of a real article after an edit', () => {
    const anchors = [
      { id: 'f1', anchor: anchorOn(ARTICLE, 4, 'the cost of running the buildings') },
      { id: 'f2', anchor: anchorOn(ARTICLE, 4, 'running the buildings has risen sharply') },
      { id: 'f3', anchor: anchorOn(ARTICLE, 1, 'The Eastgate and Mill Lane branches will shut on 31 March') },
      { id: 'f4', anchor: anchorOn(ARTICLE, 5, 'residents were given six weeks to respond') },
      { id: 'f5', anchor: anchorOn(ARTICLE, 0, 'saving an estimated £1.2m a year') },
    ]
    let blocks = edit(article(), 4, 'risen sharply', 'risen steeply')
    blocks = edit(blocks, 5, REID_SENTENCE, '')
    const resolutions = resolveAnchors(
      blocks,
      anchors.map((a) => a.anchor),
    )
    const groups = groupByPassage(anchors.map(({ id }, i) => ({ id, resolution: resolutions[i]! })))
    expect(groups.map(({ blockIndex, ids, status }) => ({ blockIndex, ids, status }))).toEqual([
      { blockIndex: 0, ids: ['f5'], status: 'exact' },
      { blockIndex: 1, ids: ['f3'], status: 'exact' },
      { blockIndex: 4, ids: ['f1', 'f2'], status: 'fuzzy' },
      { blockIndex: null, ids: ['f4'], status: 'orphaned' },
    ])
    const passage = groups[2]!
    expect(blocks[4]!.slice(passage.start!, passage.end!)).toBe('the cost of running the buildings has risen steeply')
  })
})
