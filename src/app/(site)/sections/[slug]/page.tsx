import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { feedPaths, sectionPath } from '@/lib/articles/paths'
import { StoryIndex } from '@/site/components/StoryIndex'
import { findBySlug, findListPage, pageParam } from '@/site/stories'
import { pageAlternates } from '@/site/feed-links'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const section = await findBySlug('sections', slug)
  return section
    ? { title: section.name, alternates: await pageAlternates(sectionPath(slug), { scope: { section: slug }, name: section.name }) }
    : {}
}

/** A section front: its stories, as primary section or as one of "more sections". */
export default async function SectionPage({ params, searchParams }: Props) {
  const { slug } = await params
  const section = await findBySlug('sections', slug)
  if (!section) notFound()
  const page = pageParam((await searchParams).page)
  const result = await findListPage({ or: [{ section: { equals: section.id } }, { sections: { in: [section.id] } }] }, page)
  return (
    <StoryIndex
      title={section.name}
      intro={section.description ? <p>{section.description}</p> : null}
      result={result}
      basePath={sectionPath(slug)}
      feeds={{ rss: feedPaths.rss({ section: slug }), atom: feedPaths.atom({ section: slug }) }}
    />
  )
}
