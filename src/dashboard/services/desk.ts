import type { Payload, Where } from 'payload'

import { staffRole, type StaffRole } from '@/access/roles'
import type { User } from '@/payload-types'
import { deskWhere, type DeskQueue } from '@/comments/domain/moderation-desk'
import { mostCommentedToday, type MostCommentedArticle } from '@/comments/services/most-commented'
import { scheduledArticleId, scheduleJobError } from '@/editorial/domain/schedule-jobs'
import { scheduleJobsWhere } from '@/editorial/services/schedules'

export type DeskArticle = { id: string; title: string; when: string | null }
export type DeskJob = DeskArticle & { error?: string }

/** What the admin's dashboard shows one member of staff: their work first, then the desk's. */
export type Desk = {
  role: StaffRole
  myDrafts?: DeskArticle[]
  readyForReview?: DeskArticle[]
  scheduled?: DeskJob[]
  failedSchedules?: DeskJob[]
  recentlyPublished?: DeskArticle[]
  comments?: { pending: number; reported: number }
  mostCommented?: MostCommentedArticle[]
}

const LIMIT = 8

async function articles(payload: Payload, where: Where, sort: string, draft: boolean): Promise<DeskArticle[]> {
  const found = await payload.find({
    collection: 'articles',
    where,
    sort,
    limit: LIMIT,
    depth: 0,
    draft,
    overrideAccess: true,
    select: { title: true, updatedAt: true, firstPublishedAt: true },
  })
  return found.docs.map((doc) => ({
    id: doc.id,
    title: doc.title || 'Untitled draft',
    when: doc.firstPublishedAt ?? doc.updatedAt ?? null,
  }))
}

/** Scheduled publishing jobs (Payload's own task), waiting or failed, with their articles' titles. */
async function scheduleJobs(payload: Payload, failed: boolean): Promise<DeskJob[]> {
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: scheduleJobsWhere(failed),
    sort: failed ? '-updatedAt' : 'waitUntil',
    limit: LIMIT,
    depth: 0,
    overrideAccess: true,
  })
  const entries = jobs.docs.map((job) => ({ articleId: scheduledArticleId(job), job }))
  const ids = entries.map((entry) => entry.articleId).filter((id): id is string => id !== null)
  const titles = new Map<string, string>()
  if (ids.length > 0) {
    const found = await payload.find({
      collection: 'articles',
      where: { id: { in: ids } },
      draft: true,
      depth: 0,
      limit: ids.length,
      overrideAccess: true,
      select: { title: true },
    })
    for (const doc of found.docs) titles.set(doc.id, doc.title)
  }
  return entries
    .filter((entry) => entry.articleId !== null)
    .map(({ articleId, job }) => ({
      id: articleId!,
      title: titles.get(articleId!) ?? 'An article that no longer exists',
      when: (job.waitUntil as string | null | undefined) ?? null,
      ...(failed
        ? {
            error: scheduleJobError(job),
          }
        : {}),
    }))
}

async function commentCounts(payload: Payload): Promise<Desk['comments']> {
  // The moderation desk's own queues, so the numbers here are the numbers on its tabs.
  const count = async (queue: DeskQueue) =>
    (await payload.count({ collection: 'comments', where: deskWhere({ queue }) as Where, overrideAccess: true })).totalDocs
  return { pending: await count('pending'), reported: await count('reported') }
}

/**
 * The dashboard by role: authors their drafts and what went out; editors and admins also what
 * waits for review, what is scheduled, schedules that failed, the comment queue and the day's most
 * commented stories; moderators the comment queue and the most commented stories. Read with the Local API, so on every database.
 */
export async function deskFor(payload: Payload, user: User | null | undefined): Promise<Desk | null> {
  const role = staffRole(user ? { ...user, collection: 'users' } : null)
  if (!role || !user) return null
  const writes = role !== 'moderator'
  const edits = role === 'editor' || role === 'admin'
  const desk: Desk = { role }
  if (writes) {
    desk.myDrafts = await articles(
      payload,
      { and: [{ createdBy: { equals: user.id } }, { _status: { equals: 'draft' } }] },
      '-updatedAt',
      true,
    )
    desk.recentlyPublished = await articles(payload, { _status: { equals: 'published' } }, '-firstPublishedAt', false)
  }
  if (edits) {
    desk.readyForReview = await articles(
      payload,
      { and: [{ readyForReview: { equals: true } }, { _status: { equals: 'draft' } }] },
      '-updatedAt',
      true,
    )
    desk.scheduled = await scheduleJobs(payload, false)
    desk.failedSchedules = await scheduleJobs(payload, true)
  }
  if (role !== 'author') {
    desk.comments = await commentCounts(payload)
    desk.mostCommented = await mostCommentedToday(payload)
  }
  return desk
}
