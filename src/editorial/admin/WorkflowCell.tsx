'use client'
import type { DefaultCellComponentProps } from 'payload'

import { WORKFLOW_LABELS, workflowState } from '../domain/workflow'

/** The articles list's "Status" column: Draft, Ready for review, Published, or Published with unpublished changes. */
export function WorkflowCell({ rowData }: DefaultCellComponentProps) {
  const state = workflowState(rowData as Parameters<typeof workflowState>[0])
  return <span className={`workflow-state workflow-state--${state}`}>{WORKFLOW_LABELS[state]}</span>
}
