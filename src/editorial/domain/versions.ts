/** One saved version of an article, as the versions list needs it. */
export type VersionSummary = {
  id: string
  updatedAt: string
  autosave: boolean
  status: 'draft' | 'published'
}

/** The versions that matter for the words: the one on the site, and the newest draft. */
export type VersionLandmarks = { livePublishedId: string | null; latestDraftId: string | null }

/**
 * What a version is, in the newsroom's words (Payload's own list says "Current Published Version"
 * or "Draft" with no hint of which draft is the newest). The published version on the site is
 * "On the site now"; an older published one "Published before"; the newest draft, if saved after
 * what is on the site, "Latest draft" (its unpublished changes); an autosave says so.
 */
export function versionStanding(version: VersionSummary, { livePublishedId, latestDraftId }: VersionLandmarks): string {
  if (version.status === 'published') return version.id === livePublishedId ? 'On the site now' : 'Published before'
  const kind = version.autosave ? 'autosaved' : 'saved'
  return version.id === latestDraftId ? `Latest draft (${kind})` : `Draft (${kind})`
}

/** Who made a version: a member of staff by name, or the system (an import, a job with no user). */
export const versionAuthor = (name: string | null | undefined): string => name?.trim() || 'The system (an import or a job)'
