import { idOf } from '@/lib/relationships/id-of'

/** What we read off one of Payload's schedulePublish jobs: the article it publishes and why it failed. */
export type ScheduleJobShape = { input?: unknown; error?: unknown }

/** The article a schedulePublish job is for (`input.doc.value`), or null. */
export function scheduledArticleId(job: ScheduleJobShape): string | null {
  const input = (job.input ?? {}) as { doc?: { value?: string | { id: string } } }
  return idOf(input.doc?.value ?? null)
}

/** A failed job's message, as the dashboard and the failure mail give it. */
export function scheduleJobError(job: ScheduleJobShape): string {
  return typeof job.error === 'object' && job.error ? String((job.error as { message?: unknown }).message ?? 'failed') : 'failed'
}
