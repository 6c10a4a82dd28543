import type { Payload } from 'payload'

import { ADMIN_DATE_FORMAT_OPTIONS } from '@/fields/date-format'
import { everyMs } from '@/lib/leases/job-lease'
import { idOf } from '@/lib/relationships/id-of'
import { failedScheduleNotice, isAbandonedDraft } from '../domain/housekeeping'
import { scheduledArticleId, scheduleJobError } from '../domain/schedule-jobs'
import { scheduleJobsWhere } from './schedules'
import { articleAdminUrl, queueStaffNotice, staffAddresses } from './staff-notices'

const EVERY_MS = 5 * 60_000
const due = everyMs(EVERY_MS)
const when = new Intl.DateTimeFormat('en-GB', { ...ADMIN_DATE_FORMAT_OPTIONS, timeZone: 'UTC' })

/**
 * Drafts that "Create New" saved (autosave needs a document at once) and nobody typed into are
 * deleted once they have sat untitled for an hour: they no longer fill the articles list.
 */
export async function removeAbandonedDrafts(payload: Payload, now = new Date()): Promise<string[]> {
  const found = await payload.find({
    collection: 'articles',
    where: {
      and: [
        { or: [{ title: { exists: false } }, { title: { equals: '' } }] },
        { firstPublishedAt: { exists: false } },
        { _status: { not_equals: 'published' } },
      ],
    },
    draft: true,
    limit: 100,
    depth: 0,
    overrideAccess: true,
    select: { title: true, _status: true, firstPublishedAt: true, updatedAt: true },
  })
  const removed: string[] = []
  for (const draft of found.docs.filter((candidate) => isAbandonedDraft(candidate, now))) {
    if (await everPublished(payload, draft.id)) continue
    await payload.delete({ collection: 'articles', id: draft.id, overrideAccess: true })
    removed.push(draft.id)
  }
  return removed
}

/**
 * The latest version alone cannot tell: a published story whose newest draft was emptied (a
 * client sending title '' and an old date) looked abandoned, and the sweep deleted a live story.
 * Found by fresh-ci: the GraphQL fuzzer made such a draft and a count test met the missing story.
 * So the live document and every version are asked too.
 */
async function everPublished(payload: Payload, id: string): Promise<boolean> {
  const live = await payload.findByID({
    collection: 'articles',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { title: true, _status: true, firstPublishedAt: true },
  })
  if (live && (live._status === 'published' || live.firstPublishedAt || (live.title ?? '').trim() !== '')) return true
  const published = await payload.findVersions({
    collection: 'articles',
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return published.totalDocs > 0
}

/**
 * A scheduled publish that failed (after its retries) is mailed once to the article's writer and
 * to the editors and admins; the job is stamped `failureNotifiedAt`. The dashboard lists it too.
 */
export async function notifyFailedSchedules(payload: Payload, now = new Date()): Promise<string[]> {
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: { and: [scheduleJobsWhere(true), { failureNotifiedAt: { exists: false } }] },
    limit: 20,
    depth: 0,
    overrideAccess: true,
  })
  const notified: string[] = []
  for (const job of jobs.docs) {
    const articleId = scheduledArticleId(job)
    const article = articleId
      ? await payload.findByID({ collection: 'articles', id: articleId, draft: true, depth: 0, overrideAccess: true, disableErrors: true })
      : null
    if (article) {
      const error = scheduleJobError(job)
      const at = job.waitUntil ? `${when.format(new Date(job.waitUntil))} UTC` : null
      const to = await staffAddresses(payload, ['editor', 'admin'], [idOf(article.createdBy)])
      await queueStaffNotice(payload, to, failedScheduleNotice({ title: article.title, adminUrl: articleAdminUrl(article.id) }, at, error))
    }
    await payload.update({ collection: 'payload-jobs', id: job.id, data: { failureNotifiedAt: now.toISOString() }, overrideAccess: true })
    notified.push(String(job.id))
  }
  return notified
}

/** Called by every worker before it runs the queue (jobs.shouldAutoRun), at most every five minutes. */
export async function editorialHousekeepingWhenDue(payload: Payload): Promise<void> {
  if (!due(Date.now())) return
  try {
    const removed = await removeAbandonedDrafts(payload)
    if (removed.length > 0) payload.logger.info({ articles: removed }, `removed ${removed.length} untitled draft(s) nobody wrote in`)
    await notifyFailedSchedules(payload)
  } catch (error) {
    payload.logger.error({ err: error }, 'editorial housekeeping failed')
  }
}
