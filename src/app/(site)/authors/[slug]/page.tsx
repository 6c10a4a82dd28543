import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { authorPath, feedPaths } from '@/lib/articles/paths'
import { SocialLinks } from '@/site/components/SocialLinks'
import { StoryIndex } from '@/site/components/StoryIndex'
import { picture } from '@/site/media'
import { findBySlug, findListPage, pageParam } from '@/site/stories'
import { pageAlternates } from '@/site/feed-links'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const author = await findBySlug('authors', slug)
  return author
    ? {
        title: author.name,
        description: author.bio ?? undefined,
        alternates: await pageAlternates(authorPath(slug), { scope: { author: slug }, name: author.name }),
      }
    : {}
}

/** An author page: photo, role, bio, their links and their stories. */
export default async function AuthorPage({ params, searchParams }: Props) {
  const { slug } = await params
  const author = await findBySlug('authors', slug)
  if (!author) notFound()
  const page = pageParam((await searchParams).page)
  const result = await findListPage({ authors: { in: [author.id] } }, page)
  const photo = picture(author.photo, 'thumbnail')
  return (
    <StoryIndex
      title={author.name}
      intro={
        <div className="author-intro">
          {photo ? <img src={photo.url} alt={photo.alt || author.name} width={96} height={96} className="avatar" /> : null}
          {author.roleTitle ? <p className="role">{author.roleTitle}</p> : null}
          {author.bio ? <p>{author.bio}</p> : null}
          <SocialLinks links={author.socialLinks} heading={`Follow ${author.name}`} />
        </div>
      }
      result={result}
      basePath={authorPath(slug)}
      feeds={{ rss: feedPaths.rss({ author: slug }), atom: feedPaths.atom({ author: slug }) }}
    />
  )
}
