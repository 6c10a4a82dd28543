import { expect } from 'vitest'

import { createAnchor } from '@/comments/domain/anchoring/create'
import type { PassageAnchor, Resolution } from '@/comments/domain/anchoring/types'

/**
 * An invented eight-paragraph local story. The councillor's line is quoted twice, in paragraph 1
 * (where it opens the paragraph) and in paragraph 6, with different surroundings: the repeated-phrase
 * cases need that.
 */
export const ARTICLE: readonly string[] = [
  'Riverside Council will close two of its five branch libraries next spring, saving an estimated £1.2m a year, after a vote on Tuesday night that split the ruling group.',
  '“We are not closing libraries, we are changing how they work,” said Councillor Dana Whitfield, who leads on culture. The Eastgate and Mill Lane branches will shut on 31 March, and their book stock will move to the central library.',
  'Campaigners packed the public gallery for the three-hour meeting. Many held placards reading “Books not budgets”, and several speakers described the branches as the only warm, free place left on their estates.',
  'Maria Okonjo, 71, has used the Mill Lane library every week since 1989. “My grandchildren learned to read in that room,” she said. “Where are they supposed to go now — the bus station?”',
  'The council says visits to the two branches have fallen by 40% since 2019, while the cost of running the buildings has risen sharply. A mobile library will visit both estates twice a week from April.',
  'Opposition councillors said the consultation had been rushed. Jamal Reid, who represents Eastgate, said residents were given six weeks to respond over the summer holidays, when many families were away.',
  'Ms Whitfield rejected the criticism. “We are not closing libraries, we are changing how they work,” she told reporters after the vote, adding that opening hours at the central library would be extended.',
  'A petition against the closures has gathered more than 4,000 signatures. Campaigners say they will ask for a judicial review if the council does not reconsider by the end of the year.',
]

/** The second sentence of paragraph 5, with the space before it. */
export const REID_SENTENCE =
  ' Jamal Reid, who represents Eastgate, said residents were given six weeks to respond over the summer holidays, when many families were away.'

export const REPEATED = '“We are not closing libraries, we are changing how they work,”'

export const article = (): string[] => [...ARTICLE]

/** Anchors the first occurrence of `quote` in block `blockIndex`, as a reader's selection would. */
export function anchorOn(blocks: readonly string[], blockIndex: number, quote: string): PassageAnchor {
  const start = blocks[blockIndex]!.indexOf(quote)
  if (start === -1) throw new Error(`"${quote}" is not in block ${blockIndex}`)
  return createAnchor([...blocks], blockIndex, start, start + quote.length)
}

/** Replaces `from` with `to` in block `blockIndex`, failing loudly if the fixture drifted. */
export function edit(blocks: string[], blockIndex: number, from: string, to: string): string[] {
  const block = blocks[blockIndex]!
  if (!block.includes(from)) throw new Error(`"${from}" is not in block ${blockIndex}`)
  const next = [...blocks]
  next[blockIndex] = block.replace(from, to)
  return next
}

/** The passage a resolution points at, checked to be a well-formed, in-bounds range. */
export function sliceOf(blocks: readonly string[], r: Resolution): string {
  if (r.status === 'orphaned') throw new Error('orphaned')
  const block = blocks[r.blockIndex]
  expect(block).toBeTypeOf('string')
  expect(Number.isInteger(r.start) && Number.isInteger(r.end)).toBe(true)
  expect(0 <= r.start && r.start < r.end && r.end <= block!.length).toBe(true)
  const text = block!.slice(r.start, r.end)
  if (r.status === 'fuzzy') expect(text).toBe(r.exactNow)
  return text
}
