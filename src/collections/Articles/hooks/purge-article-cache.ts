import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { purgeForArticle } from '@/cache/purge'
import { articlePath } from '@/lib/articles/paths'
import type { Article } from '@/payload-types'

const pathsOf = (...articles: (Article | null | undefined)[]) => [
  ...new Set(articles.flatMap((article) => (article?.slug ? [articlePath(article.slug)] : []))),
]

/** Publishing, unpublishing or editing a published article purges every cached response that shows it. */
export const purgeArticleCache: CollectionAfterChangeHook<Article> = async ({ doc, previousDoc, operation, req }) => {
  await purgeForArticle(req, doc, operation === 'create' ? null : previousDoc, pathsOf(doc, previousDoc))
  return doc
}

export const purgeDeletedArticleCache: CollectionAfterDeleteHook<Article> = async ({ doc, req }) => {
  await purgeForArticle(req, null, doc, pathsOf(doc))
}
