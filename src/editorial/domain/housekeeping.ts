/**
 * The editorial desk's housekeeping rules, pure: which drafts were abandoned, and what staff are
 * told when work needs them.
 */

/** "Create New" saves a draft at once (autosave needs a document): one nobody typed into for this long goes. */
export const ABANDONED_DRAFT_AFTER_MS = 60 * 60 * 1000

export type DraftShape = {
  title?: string | null
  _status?: string | null
  firstPublishedAt?: string | null
  updatedAt: string
}

/** Never published, still untitled, and untouched since the grace period: a "Create New" left behind. */
export function isAbandonedDraft(draft: DraftShape, now: Date, graceMs = ABANDONED_DRAFT_AFTER_MS): boolean {
  if (draft._status === 'published' || draft.firstPublishedAt) return false
  if ((draft.title ?? '').trim() !== '') return false
  return now.getTime() - new Date(draft.updatedAt).getTime() >= graceMs
}

export type StaffNotice = { subject: string; text: string }

/** The mail to editors when an author is done with a piece. */
export function reviewRequestNotice(article: { title?: string | null; adminUrl: string }, author: string): StaffNotice {
  const title = article.title?.trim() || 'An untitled draft'
  return {
    subject: `Ready for review: ${title}`,
    text: [`${author} marked “${title}” ready for review.`, `Review and publish it: ${article.adminUrl}`].join('\n\n'),
  }
}

/** The mail to the author and editors when a scheduled publish did not happen. */
export function failedScheduleNotice(
  article: { title?: string | null; adminUrl: string },
  when: string | null,
  error: string,
): StaffNotice {
  const title = article.title?.trim() || 'An untitled draft'
  return {
    subject: `Scheduled publishing failed: ${title}`,
    text: [
      `“${title}” was to be published${when ? ` at ${when}` : ''}, and was not.`,
      `What went wrong: ${error}`,
      `Open it, fix what is wrong and publish or schedule it again: ${article.adminUrl}`,
    ].join('\n\n'),
  }
}
