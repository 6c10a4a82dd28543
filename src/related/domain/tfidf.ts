import { tokenize } from './text'

/** Sparse term → weight vector. */
export type TermVector = Map<string, number>

/**
 * TF-IDF vectors over a small corpus (the candidate pool of one page, so tens of documents).
 * Sublinear tf damps a word repeated ten times; the smoothed idf (+1) keeps words found in every
 * document at a small positive weight instead of zero. Vectors are L2-normalised, so the cosine of
 * two of them is just their dot product. Ids should be unique; a repeated id keeps the last vector.
 */
export function buildVectors(docs: { id: string; text: string }[]): Map<string, TermVector> {
  const counts = docs.map((doc) => {
    const tf = new Map<string, number>()
    for (const term of tokenize(doc.text)) tf.set(term, (tf.get(term) ?? 0) + 1)
    return tf
  })
  const df = new Map<string, number>()
  for (const tf of counts) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1)

  const n = docs.length
  const vectors = new Map<string, TermVector>()
  docs.forEach((doc, i) => {
    const vector: TermVector = new Map()
    let sumOfSquares = 0
    for (const [term, tf] of counts[i]!) {
      const weight = (1 + Math.log(tf)) * (Math.log((1 + n) / (1 + (df.get(term) ?? 0))) + 1)
      vector.set(term, weight)
      sumOfSquares += weight * weight
    }
    const norm = Math.sqrt(sumOfSquares)
    if (norm > 0) for (const [term, weight] of vector) vector.set(term, weight / norm)
    vectors.set(doc.id, vector)
  })
  return vectors
}

function norm(v: TermVector): number {
  let sum = 0
  for (const w of v.values()) sum += w * w
  return Math.sqrt(sum)
}

/** Cosine similarity; 0 when either vector is empty. Works on unnormalised vectors too. */
export function cosine(a: TermVector, b: TermVector): number {
  if (a.size === 0 || b.size === 0) return 0
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let dot = 0
  for (const [term, w] of small) {
    const other = large.get(term)
    if (other !== undefined) dot += w * other
  }
  if (dot === 0) return 0
  // Clamped: rounding can push identical vectors a hair past 1.
  return Math.min(1, Math.max(-1, dot / (norm(a) * norm(b))))
}
