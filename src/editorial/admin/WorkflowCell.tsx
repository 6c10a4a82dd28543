import type { DefaultServerCellComponentProps } from 'payload'
import { cache } from 'react'

import { ADMIN_DATE_FORMAT_OPTIONS } from '@/fields/date-format'
import { WORKFLOW_LABELS, workflowState } from '../domain/workflow'
import { publishSchedules } from '../services/schedules'

const when = new Intl.DateTimeFormat('en-GB', ADMIN_DATE_FORMAT_OPTIONS)
/** One read of the waiting schedules per rendered list, whatever its length. */
const schedulesOf = cache(publishSchedules)

/**
 * The articles list's "Status" column: Draft, Ready for review, Scheduled with its time, Published,
 * or Published with unpublished changes. A server cell, so it can ask the job queue.
 */
export async function WorkflowCell({ rowData, payload }: DefaultServerCellComponentProps) {
  const row = rowData as Parameters<typeof workflowState>[0] & { id: string }
  const scheduledAt = (await schedulesOf(payload)).get(row.id) ?? null
  const state = workflowState(row, scheduledAt)
  return (
    <span className={`workflow-state workflow-state--${state}`}>
      {WORKFLOW_LABELS[state]}
      {state === 'scheduled' && scheduledAt ? <> · {when.format(new Date(scheduledAt))}</> : null}
    </span>
  )
}
