import { cache } from 'react'
import type { Section } from '../payload-types'

import { sectionPath } from '../lib/articles/paths'
import { remembered } from '../lib/cache/shared'
import { cacheTags } from '../lib/cache/tags'
import { showing, sitePayload } from './payload'

export type NavLink = { id: Section['id']; label: string; href: string }

/**
 * The top-level sections, sorted by name: the header bar, the phone menu, the footer and the front
 * page's section blocks. Read once and kept until a section changes (which purges `lists`).
 */
export const sectionLinks = cache(async (): Promise<NavLink[]> => {
  const links = await remembered('section-links', [cacheTags.lists], async () => {
    const found = await (
      await sitePayload()
    ).find({
      collection: 'sections',
      where: { parent: { exists: false } },
      sort: 'name',
      limit: 12,
      pagination: false,
      depth: 0,
      overrideAccess: false,
      select: { name: true, slug: true },
    })
    return found.docs.map((section) => ({ id: section.id, label: section.name, href: sectionPath(section.slug ?? '') }))
  })
  await showing([cacheTags.lists, ...links.map((link) => cacheTags.section(link.id))])
  return links
})
