import { cache } from 'react'
import type { Section } from '../payload-types'

import { sectionPath } from '../lib/articles/paths'
import { cacheTags } from '../lib/cache/tags'
import { showing, sitePayload } from './payload'

export type NavLink = { id: Section['id']; label: string; href: string }

/**
 * The top-level sections, sorted by name: the header bar, the phone menu, the footer and the front
 * page's section blocks. React's cache makes it one query per render.
 */
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
  return found.docs.map((section) => ({ id: section.id, label: section.name, href: sectionPath(section.slug ?? '') }))
})
