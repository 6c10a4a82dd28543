import { cache } from 'react'

import { sectionPath } from '../lib/articles/paths'
import { cacheTags } from '../lib/cache/tags'
import { showing, sitePayload } from './payload'

export type NavLink = { label: string; href: string }

/** The top-level sections, in the order the newsroom sorted them by name: the header bar, the phone menu and the footer. */
export const sectionLinks = cache(async (): Promise<NavLink[]> => {
  const payload = await sitePayload()
  const found = await payload.find({
    collection: 'sections',
    where: { parent: { exists: false } },
    sort: 'name',
    limit: 12,
    depth: 0,
    overrideAccess: false,
    select: { name: true, slug: true },
  })
  await showing([cacheTags.lists, ...found.docs.map((section) => cacheTags.section(section.id))])
  return found.docs.map((section) => ({ label: section.name, href: sectionPath(section.slug ?? '') }))
})
