import { idOf } from '@/lib/relationships/id-of'

/** What we read off one of Payload's schedulePublish jobs: the article it publishes and why it failed. */
export type ScheduleJobShape = { input?: unknown; error?: unknown; waitUntil?: string | null }

/** The article a schedulePublish job is for (`input.doc.value`), or null. */
export function scheduledArticleId(job: ScheduleJobShape): string | null {
  const input = (job.input ?? {}) as { doc?: { value?: string | { id: string } } }
  return idOf(input.doc?.value ?? null)
}

/** A failed job's message, as the dashboard and the failure mail give it. */
export function scheduleJobError(job: ScheduleJobShape): string {
  return typeof job.error === 'object' && job.error ? String((job.error as { message?: unknown }).message ?? 'failed') : 'failed'
}

/** Whether a schedulePublish job publishes (the default) or unpublishes (`input.type`). */
export function scheduleType(job: ScheduleJobShape): 'publish' | 'unpublish' {
  return (job.input as { type?: string } | undefined)?.type === 'unpublish' ? 'unpublish' : 'publish'
}

/**
 * Article id → the earliest time a waiting job will publish it. Unpublish schedules are left out:
 * they do not change what the list says a draft is.
 */
export function publishTimesByArticle(jobs: ScheduleJobShape[]): Map<string, string> {
  const times = new Map<string, string>()
  for (const job of jobs) {
    const id = scheduledArticleId(job)
    if (!id || !job.waitUntil || scheduleType(job) !== 'publish') continue
    const known = times.get(id)
    if (!known || new Date(job.waitUntil) < new Date(known)) times.set(id, job.waitUntil)
  }
  return times
}
