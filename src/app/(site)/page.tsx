import type { Metadata } from 'next'

import { sectionPath } from '@/lib/articles/paths'
import { StoryItem, StoryList } from '@/site/components/StoryList'
import { sitePayload } from '@/site/payload'
import { findStories } from '@/site/stories'

export const metadata: Metadata = { alternates: { canonical: '/' } }

/** Home: breaking news, the featured stories, the latest, and the latest of each top-level section. */
export default async function HomePage() {
  const payload = await sitePayload()
  const [breaking, featured, latest, sections] = await Promise.all([
    findStories({ breaking: { equals: true } }, { limit: 3 }),
    findStories({ featured: { equals: true } }, { limit: 5 }),
    findStories(null, { limit: 10 }),
    payload.find({
      collection: 'sections',
      where: { parent: { exists: false } },
      sort: 'name',
      limit: 12,
      depth: 0,
      overrideAccess: false,
      select: { name: true, slug: true },
    }),
  ])
  const bySection = await Promise.all(
    sections.docs.map(async (section) => ({
      section,
      stories: (await findStories({ section: { equals: section.id } }, { limit: 4 })).stories,
    })),
  )
  const [lead, ...more] = featured.stories.length > 0 ? featured.stories : latest.stories

  return (
    <>
      <h1 className="visually-hidden">Front page</h1>
      {breaking.stories.length > 0 ? (
        <section className="breaking-strip" aria-labelledby="breaking-heading">
          <h2 id="breaking-heading">Breaking</h2>
          <StoryList stories={breaking.stories} />
        </section>
      ) : null}
      {lead ? (
        <section className="lead" aria-labelledby="top-stories">
          <h2 id="top-stories" className="visually-hidden">
            Top stories
          </h2>
          <StoryItem story={lead} headingLevel={2} eager />
          <StoryList stories={more.slice(0, 4)} />
        </section>
      ) : (
        <p className="empty">No stories yet. Editors can write the first one in the admin.</p>
      )}
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">Latest</h2>
        <StoryList stories={latest.stories} />
      </section>
      {bySection
        .filter((entry) => entry.stories.length > 0)
        .map(({ section, stories }) => (
          <section key={section.id} aria-labelledby={`section-${section.id}`} className="section-block">
            <h2 id={`section-${section.id}`}>
              <a href={sectionPath(section.slug ?? '')}>{section.name}</a>
            </h2>
            <StoryList stories={stories} />
          </section>
        ))}
    </>
  )
}
