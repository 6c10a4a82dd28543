/** A stored suggestion as the page shows it: which story and why. Scores move with time and are left out. */
export type ShownSuggestion = { article: string | null; reasons: string[] }

/**
 * Whether a recomputed related list reads differently from the stored one (other stories, another
 * order, other reasons). Only then are the pages that show it purged: a refresh that changes
 * nothing must not empty the cache of every neighbour.
 */
export function relatedListChanged(before: ShownSuggestion[] | null, after: ShownSuggestion[] | null): boolean {
  if (before === null || after === null) return before !== after
  if (before.length !== after.length) return true
  return before.some((item, index) => item.article !== after[index].article || item.reasons.join('\n') !== after[index].reasons.join('\n'))
}
