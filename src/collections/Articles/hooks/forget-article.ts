import type { CollectionBeforeDeleteHook } from 'payload'

import { forgetArticleComments } from '@/comments/services/forget-article'
import { forgetArticleSuggestions } from '@/related/services/related'

/**
 * Before an article's row goes, what points at it goes first, in the same transaction: its comments
 * and subscriptions, its related-stories list and its place in other lists. Those columns are
 * NOT NULL, so the database refused the delete of any story that had comments or had been through
 * the related-stories job (500 "Something went wrong" for every published story).
 */
export const forgetArticle: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await forgetArticleSuggestions(req.payload, String(id), req)
  await forgetArticleComments(req, String(id))
}
