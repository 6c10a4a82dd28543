import type { ScoredCandidate } from './score'

export type RelatedItem = {
  id: string
  reasons: string[]
  source: 'curated' | 'scored' | 'latest-in-section'
  score?: number
}

/**
 * The final "You may also like" list: the editor's picks win, the scorer fills in, and the
 * section's latest stories only pad a list that would otherwise be short (never ahead of a real match).
 */
export function selectRelated(args: {
  limit: number
  curated: { id: string; published: boolean }[]
  scored: ScoredCandidate[]
  latestInSection: { id: string }[]
  exclude?: string[]
}): RelatedItem[] {
  const limit = Number.isFinite(args.limit) ? Math.max(0, Math.floor(args.limit)) : 0
  const taken = new Set(args.exclude ?? [])
  const items: RelatedItem[] = []
  const add = (item: RelatedItem): void => {
    if (items.length >= limit || taken.has(item.id)) return
    taken.add(item.id)
    items.push(item)
  }

  for (const pick of args.curated) {
    if (pick.published) add({ id: pick.id, reasons: ['picked by the editor'], source: 'curated' })
  }
  for (const s of args.scored) add({ id: s.id, reasons: [...s.reasons], source: 'scored', score: s.score })
  for (const latest of args.latestInSection) {
    add({ id: latest.id, reasons: ['latest in section'], source: 'latest-in-section' })
  }
  return items
}
