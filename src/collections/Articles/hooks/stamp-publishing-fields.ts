import type { CollectionBeforeChangeHook } from 'payload'

import { readingTimeMinutes } from '@/lib/articles/reading-time'
import { lexicalPlainText } from '@/lib/lexical/plain-text'
import type { Article } from '@/payload-types'

/**
 * Fields the newsroom never types: who created the article, when it was first published (set once,
 * kept through later edits and re-publishing) and its reading time.
 */
export const stampPublishingFields: CollectionBeforeChangeHook<Article> = ({ data, operation, originalDoc, req }) => {
  const next = { ...data }
  if (operation === 'create' && req.user?.collection === 'users') next.createdBy = req.user.id
  else if (originalDoc) next.createdBy = originalDoc.createdBy

  const firstPublishedAt = originalDoc?.firstPublishedAt ?? null
  if (firstPublishedAt) next.firstPublishedAt = firstPublishedAt
  else if (data._status === 'published') next.firstPublishedAt = data.firstPublishedAt ?? new Date().toISOString()
  else next.firstPublishedAt = null

  if (data.body !== undefined) next.readingTimeMinutes = readingTimeMinutes(lexicalPlainText(data.body))
  return next
}
