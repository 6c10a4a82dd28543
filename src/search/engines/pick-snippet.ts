import { MARK_OPEN, renderSnippet } from '../domain/snippet'

/** The first candidate that shows a match (the body's, then the dek's), else the first non-empty. */
export function pickSnippet(candidates: string[]): string {
  const marked = candidates.find((candidate) => candidate.includes(MARK_OPEN))
  return renderSnippet(marked ?? candidates.find((candidate) => candidate.trim() !== '') ?? '')
}
