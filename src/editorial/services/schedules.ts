import type { Payload, Where } from 'payload'

import { publishTimesByArticle } from '../domain/schedule-jobs'

/** Payload's own task behind "Schedule publish" (versions.drafts.schedulePublish). */
export const SCHEDULE_PUBLISH = 'schedulePublish'

/** Schedule jobs still to run (`failed: false`) or that failed after their retries (`failed: true`). */
export function scheduleJobsWhere(failed: boolean): Where {
  return {
    and: [
      { taskSlug: { equals: SCHEDULE_PUBLISH } },
      ...(failed
        ? [{ hasError: { equals: true } }]
        : [{ completedAt: { exists: false } }, { or: [{ hasError: { equals: false } }, { hasError: { exists: false } }] }]),
    ],
  }
}

/**
 * Article id → when a waiting "Schedule publish" will publish it: one read of the job table for a
 * whole list page (the Status cells share it through React's per-request cache).
 */
export async function publishSchedules(payload: Payload): Promise<Map<string, string>> {
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: scheduleJobsWhere(false),
    sort: 'waitUntil',
    limit: 500,
    depth: 0,
    overrideAccess: true,
    select: { input: true, waitUntil: true },
  })
  return publishTimesByArticle(jobs.docs)
}
