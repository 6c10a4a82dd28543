/**
 * Character-bigram Dice coefficient, the tolerant comparison used for edited passages. It is linear
 * in the text length and can be updated one character at a time, so a window can slide along a block
 * or grow from a fixed start without recomputing: searching a long article stays cheap.
 */
export type Bigrams = { text: string; counts: Map<number, number>; size: number }

/** Two UTF-16 code units as one number: no string allocated per bigram. */
const gramAt = (text: string, i: number): number => text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1)

export function bigrams(text: string): Bigrams {
  const counts = new Map<number, number>()
  for (let i = 0; i + 2 <= text.length; i++) {
    const gram = gramAt(text, i)
    counts.set(gram, (counts.get(gram) ?? 0) + 1)
  }
  return { text, counts, size: Math.max(0, text.length - 1) }
}

/** Bigrams a window shares with a fixed target, kept current as bigrams enter and leave it. */
class Overlap {
  shared = 0
  private readonly target: Bigrams
  private readonly window = new Map<number, number>()

  constructor(target: Bigrams) {
    this.target = target
  }

  // Only the target's bigrams are counted: the others can never be shared.
  add(gram: number): void {
    const wanted = this.target.counts.get(gram)
    if (wanted === undefined) return
    const count = this.window.get(gram) ?? 0
    if (count < wanted) this.shared += 1
    this.window.set(gram, count + 1)
  }

  remove(gram: number): void {
    const wanted = this.target.counts.get(gram)
    const count = this.window.get(gram) ?? 0
    if (wanted === undefined || count === 0) return
    this.window.set(gram, count - 1)
    if (count - 1 < wanted) this.shared -= 1
  }
}

/** 2·shared / (a + b) over bigram multisets; 1 for equal texts, 0 when either is under two characters. */
export function dice(a: Bigrams, b: string): number {
  if (a.text === b) return 1
  if (a.size === 0 || b.length < 2) return 0
  const overlap = new Overlap(a)
  for (let i = 0; i + 2 <= b.length; i++) overlap.add(gramAt(b, i))
  return (2 * overlap.shared) / (a.size + b.length - 1)
}

const diceOf = (shared: number, target: Bigrams, length: number): number => (2 * shared) / (target.size + length - 1)

type Best = { start: number; end: number; similarity: number }

/** On equal similarity the length nearest the target's wins, then the window found first (the shorter). */
function better(candidate: Best, best: Best | null, ideal: number): boolean {
  if (best === null || candidate.similarity > best.similarity) return true
  if (candidate.similarity < best.similarity) return false
  return Math.abs(candidate.end - candidate.start - ideal) < Math.abs(best.end - best.start - ideal)
}

/** The end (at most `maxLength` on) that makes text[start, end) most like the target. */
export function bestEnd(text: string, start: number, target: Bigrams, maxLength: number): Best | null {
  const overlap = new Overlap(target)
  const ideal = target.size + 1
  let best: Best | null = null
  for (let end = start + 2; end <= Math.min(text.length, start + maxLength); end++) {
    overlap.add(gramAt(text, end - 2))
    const candidate = { start, end, similarity: diceOf(overlap.shared, target, end - start) }
    if (better(candidate, best, ideal)) best = candidate
  }
  return best
}

/** The start (at most `maxLength` back) that makes text[start, end) most like the target. */
export function bestStart(text: string, end: number, target: Bigrams, maxLength: number): Best | null {
  const overlap = new Overlap(target)
  const ideal = target.size + 1
  let best: Best | null = null
  for (let start = end - 2; start >= Math.max(0, end - maxLength); start--) {
    overlap.add(gramAt(text, start))
    const candidate = { start, end, similarity: diceOf(overlap.shared, target, end - start) }
    if (better(candidate, best, ideal)) best = candidate
  }
  return best
}

/** The window of the target's length (or the whole text, if shorter) most like the target; earliest on ties. */
export function bestWindow(text: string, target: Bigrams): Best | null {
  const width = Math.min(target.size + 1, text.length)
  if (width < 2) return null
  const overlap = new Overlap(target)
  for (let i = 0; i + 2 <= width; i++) overlap.add(gramAt(text, i))
  let best: Best = { start: 0, end: width, similarity: diceOf(overlap.shared, target, width) }
  for (let start = 1; start + width <= text.length; start++) {
    overlap.remove(gramAt(text, start - 1))
    overlap.add(gramAt(text, start + width - 2))
    const similarity = diceOf(overlap.shared, target, width)
    if (similarity > best.similarity) best = { start, end: start + width, similarity }
  }
  return best
}

export function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  let i = 0
  while (i < n && a[i] === b[i]) i++
  return i
}

export function commonSuffixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  let i = 0
  while (i < n && a[a.length - 1 - i] === b[b.length - 1 - i]) i++
  return i
}
