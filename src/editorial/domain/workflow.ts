/** Where a piece stands, as the articles list says it. */
export type WorkflowState = 'draft' | 'ready-for-review' | 'scheduled' | 'published' | 'published-with-changes'

export const WORKFLOW_LABELS: Record<WorkflowState, string> = {
  draft: 'Draft',
  'ready-for-review': 'Ready for review',
  scheduled: 'Scheduled',
  published: 'Published',
  'published-with-changes': 'Published, with unpublished changes',
}

/**
 * The admin lists the latest version of each article: a published piece someone has since edited
 * reads "draft" there, which would tell an editor it is not on the site. It is on the site.
 * `publishScheduledAt` is the time of a waiting "Schedule publish" for the article, if any: a
 * draft with one goes out by itself, which is what the desk needs to know first.
 */
export function workflowState(
  row: {
    _status?: string | null
    readyForReview?: boolean | null
    firstPublishedAt?: string | null
  },
  publishScheduledAt?: string | null,
): WorkflowState {
  if (row._status === 'published') return 'published'
  if (publishScheduledAt) return 'scheduled'
  if (row.firstPublishedAt) return 'published-with-changes'
  return row.readyForReview ? 'ready-for-review' : 'draft'
}
