import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { tagPath } from '@/lib/articles/paths'
import { StoryIndex } from '@/site/components/StoryIndex'
import { findBySlug, findListPage, pageParam } from '@/site/stories'
import { pageAlternates } from '@/site/feed-links'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const tag = await findBySlug('tags', slug)
  return tag ? { title: tag.name, alternates: await pageAlternates(tagPath(slug), { scope: { tag: slug }, name: tag.name }) } : {}
}

export default async function TagPage({ params, searchParams }: Props) {
  const { slug } = await params
  const tag = await findBySlug('tags', slug)
  if (!tag) notFound()
  const page = pageParam((await searchParams).page)
  const result = await findListPage({ tags: { in: [tag.id] } }, page)
  return <StoryIndex title={tag.name} result={result} basePath={tagPath(slug)} />
}
