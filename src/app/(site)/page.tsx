import type { Metadata } from 'next'

import { arrangeFrontPage, FRONT_PAGE_SIZES } from '@/lib/articles/front-page'
import { articlePath, searchPath } from '@/lib/articles/paths'
import { serializeJsonLd, webSiteJsonLd } from '@/lib/seo/json-ld'
import { publisherOf, siteInfo } from '@/site/feeds-data'
import { siteSettings } from '@/site/site-settings'
import { StoryItem, StoryList } from '@/site/components/StoryList'
import { sectionLinks } from '@/site/navigation'
import { findStories, mostReadStories, storiesBySection } from '@/site/stories'
import { pageAlternates } from '@/site/feed-links'

export async function generateMetadata(): Promise<Metadata> {
  // The lead picture stands for the front page when it is shared.
  const lead =
    (await findStories({ featured: { equals: true } }, { limit: 1 })).stories[0] ?? (await findStories(null, { limit: 1 })).stories[0]
  // Social cards get the upload as sent: not every network takes the WebP sizes.
  const image = lead?.image ? { ...lead.image.original, alt: lead.image.alt } : null
  return {
    alternates: await pageAlternates('/'),
    openGraph: {
      // A page's openGraph replaces the layout's: the site name is said again.
      siteName: (await siteSettings()).siteName ?? undefined,
      type: 'website',
      url: '/',
      images: image ? [{ url: image.url, width: image.width ?? undefined, height: image.height ?? undefined, alt: image.alt }] : undefined,
    },
    twitter: { card: image ? 'summary_large_image' : 'summary' },
  }
}

/** "Most commented" looks back this many days: a ranking of the week, not of all time. */
const MOST_COMMENTED_DAYS = 7

/** Home: breaking news, the lead and top stories, the latest, the most read and most commented, and each top-level section. */
export default async function HomePage() {
  // Fetched longer than shown: arrangeFrontPage skips what an earlier list already showed.
  const [breaking, featured, latest, sections, talkedAbout, mostRead] = await Promise.all([
    findStories({ breaking: { equals: true } }, { limit: FRONT_PAGE_SIZES.breaking }),
    findStories({ featured: { equals: true } }, { limit: 1 + FRONT_PAGE_SIZES.top }),
    findStories(null, { limit: 30 }),
    sectionLinks(),
    // The week's most commented: a ranking beside the page, like the breaking strip, not a list to dedupe.
    findStories(
      {
        and: [
          { commentCount: { greater_than: 0 } },
          { firstPublishedAt: { greater_than: new Date(Date.now() - MOST_COMMENTED_DAYS * 86_400_000).toISOString() } },
        ],
      },
      { limit: 5, mostCommented: true },
    ),
    mostReadStories(5),
  ])
  const sectionStories = await storiesBySection(
    sections.map((section) => section.id),
    12,
  )
  const bySection = sections.map((section) => ({ key: section.id, stories: sectionStories.get(section.id) ?? [] }))
  const front = arrangeFrontPage({
    breaking: breaking.stories,
    featured: featured.stories,
    latest: latest.stories,
    sections: bySection,
  })
  const sectionOf = new Map(sections.map((section) => [section.id, section]))

  const site = siteInfo(await siteSettings())
  const structuredData = webSiteJsonLd({
    publisher: publisherOf(site),
    description: site.description,
    searchUrl: `${site.url}${searchPath('')}?q={search_term_string}`,
  })

  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(structuredData) }} />
      <h1 className="visually-hidden">Front page</h1>
      {front.breaking.length > 0 ? (
        <section className="breaking-strip" aria-labelledby="breaking-heading">
          <h2 id="breaking-heading">Breaking</h2>
          <ul>
            {front.breaking.map((story) => (
              <li key={story.id}>
                <a href={articlePath(story.slug)}>{story.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {front.lead ? (
        <section className="lead" aria-labelledby="top-stories">
          <h2 id="top-stories" className="visually-hidden">
            Top stories
          </h2>
          <StoryItem story={front.lead} headingLevel={2} eager />
          <StoryList stories={front.top} />
        </section>
      ) : (
        <p className="empty">No stories yet. Editors can write the first one in the admin.</p>
      )}
      {front.latest.length > 0 ? (
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading">Latest</h2>
          <StoryList stories={front.latest} />
        </section>
      ) : null}
      <div className="rankings">
        {mostRead.length > 0 ? (
          <section aria-labelledby="most-read-heading" className="most-read">
            <h2 id="most-read-heading">Most read</h2>
            <ol>
              {mostRead.map((story) => (
                <li key={story.id}>
                  <a href={articlePath(story.slug)}>{story.title}</a>
                </li>
              ))}
            </ol>
          </section>
        ) : null}
        {talkedAbout.stories.length > 0 ? (
          <section aria-labelledby="most-commented-heading" className="most-commented">
            <h2 id="most-commented-heading">Most commented</h2>
            <ol>
              {talkedAbout.stories.map((story) => (
                <li key={story.id}>
                  <a href={articlePath(story.slug)}>{story.title}</a>{' '}
                  <span className="comment-count">{`${story.commentCount} ${story.commentCount === 1 ? 'comment' : 'comments'}`}</span>
                </li>
              ))}
            </ol>
          </section>
        ) : null}
      </div>
      {front.sections.map(({ key, stories }) => {
        const section = sectionOf.get(key)!
        return (
          <section key={key} aria-labelledby={`section-${key}`} className="section-block">
            <h2 id={`section-${key}`}>
              <a href={section.href}>{section.label}</a>
            </h2>
            <StoryList stories={stories} />
          </section>
        )
      })}
    </>
  )
}
