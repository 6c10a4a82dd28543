import { describe, expect, it } from 'vitest'

import { createAnchor } from '@/comments/domain/anchoring/create'
import { toMatchText } from '@/comments/domain/anchoring/normalise'
import { resolveAnchor, resolveAnchors } from '@/comments/domain/anchoring/resolve'
import type { PassageAnchor } from '@/comments/domain/anchoring/types'
import { ARTICLE, sliceOf } from './article'

/** Small seeded generator (mulberry32): the same "random" edits on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Rng = ReturnType<typeof random>
const pick = (rng: Rng, n: number): number => Math.floor(rng() * n)
const compared = (text: string): string => toMatchText(text).text

function wordStarts(text: string): number[] {
  const starts: number[] = []
  for (const m of text.matchAll(/\S+/g)) starts.push(m.index)
  return starts
}

/** A reader's selection: a few whole words of one paragraph. */
function randomAnchor(rng: Rng, blocks: string[]): PassageAnchor {
  const blockIndex = pick(rng, blocks.length)
  const text = blocks[blockIndex]!
  const starts = wordStarts(text)
  const first = pick(rng, starts.length)
  const last = Math.min(starts.length - 1, first + 1 + pick(rng, 12))
  const end = last + 1 < starts.length ? starts[last + 1]! : text.length
  return createAnchor(blocks, blockIndex, starts[first]!, end)
}

const WORDS = ['council', 'library', 'Eastgate', 'said', 'the', 'closure', 'residents', '“quote”', '—', 'budget']

/** Paragraph-level edits: the words of each paragraph survive. */
function restructure(rng: Rng, blocks: string[]): string[] {
  const next = [...blocks]
  switch (pick(rng, 3)) {
    case 0:
      next.splice(pick(rng, next.length + 1), 0, 'An editor’s note was added here on Thursday.')
      break
    case 1: {
      const [i, j] = [pick(rng, next.length), pick(rng, next.length)]
      ;[next[i], next[j]] = [next[j]!, next[i]!]
      break
    }
    default:
      next.push(next.shift()!)
  }
  return next
}

/** Edits anywhere, including inside passages. */
function scribble(rng: Rng, blocks: string[]): string[] {
  const next = [...blocks]
  const i = pick(rng, next.length)
  const text = next[i]!
  const at = pick(rng, text.length)
  switch (pick(rng, 6)) {
    case 0:
      next[i] = `${text.slice(0, at)}${WORDS[pick(rng, WORDS.length)]} ${text.slice(at)}`
      break
    case 1:
      next[i] = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + pick(rng, 25)))
      break
    case 2:
      next[i] = `${text.slice(0, at)}x${text.slice(at + 1)}`
      break
    case 3:
      next[i] = text.replace(/ /g, (s) => (rng() < 0.2 ? '\u00a0 ' : s))
      break
    case 4:
      next[i] = text.replace(/[“”]/g, '"').replace(/—/g, '--')
      break
    default:
      if (next.length > 1) next.splice(i, 1)
  }
  return next
}

describe('offsets', () => {
  it('always point at the passage when only paragraphs move: found as written, exact or moved', () => {
    const rng = random(20250721)
    for (let run = 0; run < 150; run++) {
      const anchor = randomAnchor(rng, [...ARTICLE])
      let blocks = [...ARTICLE]
      for (let step = 0, steps = 1 + pick(rng, 4); step < steps; step++) blocks = restructure(rng, blocks)
      const r = resolveAnchor(blocks, anchor)
      expect(['exact', 'moved']).toContain(r.status)
      expect(sliceOf(blocks, r)).toBe(anchor.selector.exact)
    }
  })

  it('always slice the reported text out of its block, whatever the edits', () => {
    const rng = random(42)
    const seen = new Set<string>()
    for (let run = 0; run < 300; run++) {
      const anchor = randomAnchor(rng, [...ARTICLE])
      let blocks = [...ARTICLE]
      for (let step = 0, steps = 1 + pick(rng, 5); step < steps; step++) {
        blocks = rng() < 0.3 ? restructure(rng, blocks) : scribble(rng, blocks)
      }
      const r = resolveAnchor(blocks, anchor)
      seen.add(r.status)
      expect(resolveAnchor(blocks, anchor)).toEqual(r) // deterministic
      if (r.status === 'orphaned') continue
      const text = sliceOf(blocks, r)
      expect(text).toBe(text.trim())
      if (r.status === 'fuzzy') {
        expect(r.similarity).toBeGreaterThanOrEqual(0.5)
        expect(r.similarity).toBeLessThanOrEqual(1)
      } else {
        expect(compared(text)).toBe(compared(anchor.selector.exact))
      }
    }
    expect([...seen].sort()).toEqual(['exact', 'fuzzy', 'moved', 'orphaned'])
  })

  it('map compared text back to the original, through folded and collapsed characters', () => {
    const original = 'Said:\u00a0 “It’s over…” — she\u200b left 📚 early.'
    const match = toMatchText(original)
    expect(match.text).toBe('Said: "It\'s over..." - she left 📚 early.')
    expect(match.starts).toHaveLength(match.text.length)
    for (const word of ["It's over...", '- she left', '📚 early', 'over.', '..']) {
      const i = match.text.indexOf(word)
      const from = match.starts[i]!
      const to = match.ends[i + word.length - 1]!
      expect(compared(original.slice(from, to))).toBe(word === '..' ? '...' : word === 'over.' ? 'over...' : word)
    }
  })
})

describe('speed', () => {
  it('resolves against a long article (100 blocks × 1,000 characters) in reasonable time', () => {
    const rng = random(7)
    const vocabulary = 'the council library branch closure residents budget campaign petition review meeting vote said will'.split(' ')
    const blocks = Array.from({ length: 100 }, () => {
      let text = ''
      while (text.length < 1000) text += `${vocabulary[pick(rng, vocabulary.length)]}${rng() < 0.1 ? '. ' : ' '}`
      return text.trim()
    })
    const anchors = Array.from({ length: 20 }, () => randomAnchor(rng, blocks))
    // Worst cases: a 500-character quote that is nowhere, and every passage edited.
    const absent: PassageAnchor = {
      selector: { type: 'TextQuoteSelector', exact: blocks[3]!.slice(0, 500).split('').reverse().join(''), prefix: 'zz', suffix: 'qq' },
      blockIndex: 3,
    }
    const edited = blocks.map((b) => b.replace(/ the /g, ' a '))
    const began = performance.now()
    const one = anchors.map((anchor) => resolveAnchor(edited, anchor))
    expect(resolveAnchor(blocks, absent).status).toBe('orphaned')
    const elapsed = performance.now() - began
    expect(elapsed).toBeLessThan(4000) // well under a second here; generous for a busy CI machine
    // The batch form prepares the article once and answers the same.
    expect(resolveAnchors(edited, anchors)).toEqual(one)
    expect(one.some((r) => r.status === 'fuzzy')).toBe(true)
  })
})
