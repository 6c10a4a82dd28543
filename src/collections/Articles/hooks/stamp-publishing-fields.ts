import type { CollectionBeforeChangeHook } from 'payload'

import { readingTimeMinutes } from '@/lib/articles/reading-time'
import { lexicalPlainText } from '@/lib/lexical/plain-text'
import type { Article } from '@/payload-types'
import { livePublishedVersion } from './live-version'

/** What readers see of a story: a change to one of these, published, is an update to them. */
const READER_FACING = ['title', 'kicker', 'dek', 'hero', 'body', 'corrections'] as const

const changedForReaders = (data: Partial<Article>, before: Article) =>
  READER_FACING.some((field) => data[field] !== undefined && JSON.stringify(data[field]) !== JSON.stringify(before[field]))

/**
 * Fields the newsroom never types: who created the article and who saved this version, when it was
 * first published (set once, kept through later edits and re-publishing), when a published story
 * last changed for readers ("Updated"), and its reading time.
 */
export const stampPublishingFields: CollectionBeforeChangeHook<Article> = async ({ data, operation, originalDoc, req }) => {
  const next = { ...data }
  // Staff only: a reader's request never edits a story, and a change without a user is the system's.
  const staffId = req.user?.collection === 'users' ? req.user.id : null
  if (operation === 'create' && staffId) next.createdBy = staffId
  else if (originalDoc) next.createdBy = originalDoc.createdBy
  next.lastEditedBy = staffId

  const firstPublishedAt = originalDoc?.firstPublishedAt ?? null
  if (firstPublishedAt) next.firstPublishedAt = firstPublishedAt
  else if (data._status === 'published') next.firstPublishedAt = data.firstPublishedAt ?? new Date().toISOString()
  else next.firstPublishedAt = null

  // A trusted import may bring its own (the demo dates its corrected stories); otherwise none until a change.
  next.revisedAt = operation === 'create' ? (data.revisedAt ?? null) : (originalDoc?.revisedAt ?? null)
  if (data._status === 'published' && originalDoc?.firstPublishedAt) {
    // Compared with what readers see now (the published version), not with the latest draft.
    const live = await livePublishedVersion(req, originalDoc.id)
    if (live && changedForReaders(data, live)) next.revisedAt = new Date().toISOString()
  }

  if (data.body !== undefined) next.readingTimeMinutes = readingTimeMinutes(lexicalPlainText(data.body))
  return next
}
