/** One stored count: an article's views on one day, as one server process counted them. */
export type ViewCount = { article: string; views: number }

/** The UTC day a view counts on, as stored: `2026-12-07`. */
export function dayKey(at: Date): string {
  return at.toISOString().slice(0, 10)
}

/** The days a "most read" ranking looks back over, newest first (today and the `days - 1` before it). */
export function recentDays(now: Date, days: number): string[] {
  return Array.from({ length: days }, (_, back) => dayKey(new Date(now.getTime() - back * 86_400_000)))
}

/**
 * The most read articles: counts summed per article (several processes and days each store their
 * own), the most first, ties by id so that the order is stable from one render to the next.
 */
export function rankMostRead(counts: ViewCount[], limit: number): { article: string; views: number }[] {
  const totals = new Map<string, number>()
  for (const count of counts) totals.set(count.article, (totals.get(count.article) ?? 0) + count.views)
  return [...totals]
    .map(([article, views]) => ({ article, views }))
    .filter((entry) => entry.views > 0)
    .sort((a, b) => b.views - a.views || a.article.localeCompare(b.article))
    .slice(0, limit)
}

/** Whether two rankings show the same articles in the same order (counts aside): a page need not change. */
export function sameRanking(a: { article: string }[], b: { article: string }[]): boolean {
  return a.length === b.length && a.every((entry, index) => entry.article === b[index].article)
}
