/** The articles with the most comments among `articleIds` (one entry per comment), most first; ties by first seen. */
export function mostCommented(articleIds: (string | null)[], top: number): { id: string; comments: number }[] {
  const counts = new Map<string, number>()
  for (const id of articleIds) if (id) counts.set(id, (counts.get(id) ?? 0) + 1)
  return [...counts]
    .map(([id, comments]) => ({ id, comments }))
    .sort((a, b) => b.comments - a.comments)
    .slice(0, top)
}
