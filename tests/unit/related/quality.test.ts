import { describe, expect, it } from 'vitest'

import { DEFAULT_THRESHOLD, scoreRelated } from '@/related/domain/score'
import type { RelatedCandidate } from '@/related/domain/score'
import { buildVectors, cosine } from '@/related/domain/tfidf'
import { bridgeStory, corpus, heatwaveCluster, lonelyStory, NOW, refiledBridgeClosure } from './corpus'

const byId = (id: string): RelatedCandidate => {
  const found = corpus.find((c) => c.id === id)
  if (!found) throw new Error(`no story ${id} in the corpus`)
  return found
}
const ids = (stories: RelatedCandidate[]): string[] => stories.map((s) => s.id)

describe('related stories on a known-answer corpus', () => {
  it('has the shape the tests rely on', () => {
    expect(corpus).toHaveLength(20)
    expect(new Set(ids(corpus)).size).toBe(corpus.length)
  })

  it.each(bridgeStory.map((story) => story.id))('ranks the rest of the running story top 3 for %s', (targetId) => {
    const results = scoreRelated(byId(targetId), corpus, { now: NOW })
    const others = ids(bridgeStory).filter((id) => id !== targetId)
    expect(new Set(results.slice(0, 3).map((r) => r.id))).toEqual(new Set(others))
    expect(results.every((r) => r.score >= DEFAULT_THRESHOLD)).toBe(true)
  })

  it.each(heatwaveCluster.map((story) => story.id))('ranks the heatwave cluster ahead of every unrelated story for %s', (targetId) => {
    const target = byId(targetId)
    const results = scoreRelated(target, corpus, { now: NOW }).map((r) => r.id)
    const cluster = ids(heatwaveCluster).filter((id) => id !== target.id)
    expect(results.slice(0, cluster.length).sort()).toEqual([...cluster].sort())
  })

  it('finds nothing above the threshold for a story with nothing in common', () => {
    expect(scoreRelated(lonelyStory, corpus, { now: NOW })).toEqual([])
    const everything = scoreRelated(lonelyStory, corpus, { now: NOW, threshold: 0 })
    expect(everything).toHaveLength(corpus.length - 1)
    expect(everything.every((r) => r.score < DEFAULT_THRESHOLD && !r.reasons.includes('similar text'))).toBe(true)
  })

  it('explains a running-story match with every reason that applies', () => {
    const [first] = scoreRelated(byId('bridge-closed'), corpus, { now: NOW })
    expect(first).toMatchObject({
      id: 'bridge-reopens',
      reasons: ['same section', '3 shared tags', 'same author', 'similar text', 'recent'],
    })
  })

  it('excludes the same story re-filed with lightly edited text', () => {
    const pool = [...corpus, refiledBridgeClosure]
    const vectors = buildVectors(pool)
    // A text match, not a headline match: the headlines differ ("closed" / "shut").
    expect(cosine(vectors.get('bridge-closed')!, vectors.get(refiledBridgeClosure.id)!)).toBeGreaterThanOrEqual(0.85)
    expect(refiledBridgeClosure.title).not.toBe(byId('bridge-closed').title)

    const forOriginal = scoreRelated(byId('bridge-closed'), pool, { now: NOW }).map((r) => r.id)
    expect(forOriginal).not.toContain(refiledBridgeClosure.id)
    expect(forOriginal.slice(0, 3).sort()).toEqual(['bridge-cost', 'bridge-reopens', 'bridge-survey'])

    const forCopy = scoreRelated(refiledBridgeClosure, pool, { now: NOW }).map((r) => r.id)
    expect(forCopy).not.toContain('bridge-closed')
  })
})
