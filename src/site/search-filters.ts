import { cache } from 'react'

import { cacheTags } from '../lib/cache/tags'
import { showing, sitePayload } from './payload'

export type FilterChoice = { slug: string; name: string }
export type SearchFilterChoices = { sections: FilterChoice[]; authors: FilterChoice[]; tags: FilterChoice[] }

/** The most of each a filter lists; a newsroom with more tags reaches the rest through tag pages. */
const CHOICES = 100

/** What the search page's filters offer: every section and author, and the tags, by name. */
export const searchFilterChoices = cache(async (): Promise<SearchFilterChoices> => {
  const payload = await sitePayload()
  const named = async (collection: 'sections' | 'authors' | 'tags') => {
    const found = await payload.find({
      collection,
      sort: 'name',
      limit: CHOICES,
      depth: 0,
      overrideAccess: false,
      select: { name: true, slug: true },
    })
    return found.docs.flatMap((doc) => (doc.slug ? [{ slug: doc.slug, name: doc.name }] : []))
  }
  const [sections, authors, tags] = await Promise.all([named('sections'), named('authors'), named('tags')])
  await showing([cacheTags.lists])
  return { sections, authors, tags }
})
