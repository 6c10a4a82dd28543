import { lexicalPlainText } from '@/lib/lexical/plain-text'
import type { SearchDocument } from './types'

type Named = { id: string; name?: string | null } | string | null | undefined

/** The parts of an article the index needs; relationships may be IDs or populated documents. */
export type IndexableArticle = {
  id: string
  slug?: string | null
  title?: string | null
  dek?: string | null
  body?: unknown
  authors?: Named[] | null
  tags?: Named[] | null
  section?: Named
  sections?: Named[] | null
  firstPublishedAt?: string | null
}

const idOf = (value: Named) => (typeof value === 'string' ? value : (value?.id ?? ''))
const nameOf = (value: Named) => (typeof value === 'object' && value ? (value.name ?? '') : '')

/** Flattens an article (with authors and tags populated, for their names) into a search document. */
export function articleSearchDocument(article: IndexableArticle): SearchDocument {
  const sections = [article.section, ...(article.sections ?? [])].map(idOf).filter(Boolean)
  return {
    id: article.id,
    slug: article.slug ?? '',
    title: article.title ?? '',
    dek: article.dek ?? '',
    body: lexicalPlainText(article.body),
    authors: (article.authors ?? []).map(nameOf).filter(Boolean).join(', '),
    tags: (article.tags ?? []).map(nameOf).filter(Boolean).join(', '),
    sectionIds: [...new Set(sections)],
    tagIds: (article.tags ?? []).map(idOf).filter(Boolean),
    authorIds: (article.authors ?? []).map(idOf).filter(Boolean),
    publishedAt: article.firstPublishedAt ?? null,
  }
}
