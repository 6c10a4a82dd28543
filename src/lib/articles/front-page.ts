/** The front page's lists, each story shown once: where it first appears, reading from the top. */
export type FrontPageInput<Story extends { id: string }> = {
  breaking: Story[]
  featured: Story[]
  latest: Story[]
  sections: { key: string; stories: Story[] }[]
}

export type FrontPage<Story extends { id: string }> = {
  breaking: Story[]
  lead: Story | null
  top: Story[]
  latest: Story[]
  sections: { key: string; stories: Story[] }[]
}

/** `latest` is 12 so its grid ends on a full row at one, two, three or four columns. */
export const FRONT_PAGE_SIZES = { breaking: 3, top: 4, latest: 12, section: 4 } as const

/**
 * Arranges the front page from candidate lists fetched longer than shown: the lead and top stories
 * (the featured ones, topped up with the latest), then the latest, then each section, every list
 * skipping what an earlier one already showed. A reader scanning down meets each story once; a
 * section whose stories were all shown above is left out. The breaking strip stands apart: a line
 * of headlines over the page, whose stories also take their place, with picture, below.
 */
export function arrangeFrontPage<Story extends { id: string }>(input: FrontPageInput<Story>): FrontPage<Story> {
  const shown = new Set<string>()
  const take = (candidates: Story[], count: number): Story[] => {
    const picked: Story[] = []
    for (const story of candidates) {
      if (picked.length === count) break
      if (shown.has(story.id)) continue
      shown.add(story.id)
      picked.push(story)
    }
    return picked
  }
  const breaking = input.breaking.slice(0, FRONT_PAGE_SIZES.breaking)
  const [lead = null, ...top] = take([...input.featured, ...input.latest], 1 + FRONT_PAGE_SIZES.top)
  const latest = take(input.latest, FRONT_PAGE_SIZES.latest)
  const sections = input.sections
    .map((section) => ({ key: section.key, stories: take(section.stories, FRONT_PAGE_SIZES.section) }))
    .filter((section) => section.stories.length > 0)
  return { breaking, lead, top, latest, sections }
}

/**
 * The front page's section blocks from one read of the newest stories of all its sections (at most
 * `window`, newest first): each section's first `limit`. A section with fewer than `limit` there
 * is complete when the read held every story (fewer than `window` came back); otherwise it is
 * named in `unread`, to be read on its own (a quiet section on a busy site).
 */
export function splitBySection<Story>(
  stories: Story[],
  sectionOf: (story: Story) => string | null,
  sectionIds: string[],
  { limit, window }: { limit: number; window: number },
): { bySection: Map<string, Story[]>; unread: string[] } {
  const bySection = new Map(sectionIds.map((id): [string, Story[]] => [id, []]))
  for (const story of stories) {
    const id = sectionOf(story)
    const list = id === null ? undefined : bySection.get(id)
    if (list && list.length < limit) list.push(story)
  }
  const everything = stories.length < window
  const unread = everything ? [] : sectionIds.filter((id) => bySection.get(id)!.length < limit)
  return { bySection, unread }
}
