import type { CollectionAfterChangeHook } from 'payload'

import type { Article } from '@/payload-types'
import { reviewRequestNotice } from '../domain/housekeeping'
import { articleAdminUrl, queueStaffNotice, staffAddresses } from './staff-notices'

/**
 * An author ticks "Ready for review": the editors and admins are mailed (not the one who ticked it).
 * Compared with the latest saved version, so the autosaves after the tick send nothing more.
 */
export const notifyReviewRequested: CollectionAfterChangeHook<Article> = async ({ doc, previousDoc, req }) => {
  if (!doc.readyForReview || previousDoc?.readyForReview || doc._status === 'published') return doc
  const who = req.user?.collection === 'users' ? req.user : null
  const to = (await staffAddresses(req.payload, ['editor', 'admin'], [], req)).filter((address) => address !== who?.email)
  const notice = reviewRequestNotice(
    { title: doc.title, adminUrl: articleAdminUrl(doc.id) },
    (who as { name?: string } | null)?.name || 'An author',
  )
  await queueStaffNotice(req.payload, to, notice, req)
  return doc
}
