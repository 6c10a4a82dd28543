import { kickerToShow } from '@/lib/articles/kicker'
import { articlePath, sectionPath } from '@/lib/articles/paths'
import type { StoryCard } from '../stories'
import { DateLine } from './DateLine'
import { ResponsiveImage } from './ResponsiveImage'

/** A story in a list: image, kicker, linked headline, dek, date and comment count. */
export function StoryItem({
  story,
  headingLevel = 3,
  showImage = true,
  eager = false,
}: {
  story: StoryCard
  headingLevel?: 2 | 3
  showImage?: boolean
  eager?: boolean
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const kicker = kickerToShow(story.kicker, story.breaking)
  return (
    <article className={`story${story.breaking ? ' breaking' : ''}`}>
      {showImage && story.image ? <ResponsiveImage image={story.image} slot={eager ? 'lead' : 'card'} eager={eager} /> : null}
      <div className="story-text">
        {story.breaking ? <span className="badge">Breaking</span> : null}
        {kicker ? <span className="kicker">{kicker}</span> : null}
        <Heading>
          <a href={articlePath(story.slug)}>{story.title}</a>
        </Heading>
        {story.dek ? <p className="dek">{story.dek}</p> : null}
        <p className="meta">
          {story.section ? <a href={sectionPath(story.section.slug)}>{story.section.name}</a> : null}
          <DateLine iso={story.firstPublishedAt} />
          {story.commentCount > 0 ? <span className="comment-count">{story.commentCount} comments</span> : null}
        </p>
      </div>
    </article>
  )
}

export function StoryList({ stories, label, headingLevel = 3 }: { stories: StoryCard[]; label?: string; headingLevel?: 2 | 3 }) {
  if (stories.length === 0) return <p className="empty">No stories yet.</p>
  return (
    <ul className="story-list" aria-label={label}>
      {stories.map((story) => (
        <li key={story.id}>
          <StoryItem story={story} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}

/** Previous/next links that work without JavaScript. */
export function Pagination({
  basePath,
  page,
  totalPages,
  query = {},
}: {
  basePath: string
  page: number
  totalPages: number
  query?: Record<string, string>
}) {
  if (totalPages <= 1) return null
  const href = (target: number) => {
    const params = new URLSearchParams({ ...query, ...(target > 1 ? { page: String(target) } : {}) }).toString()
    return params ? `${basePath}?${params}` : basePath
  }
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          ← Newer
        </a>
      ) : null}
      <span>
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <a href={href(page + 1)} rel="next">
          Older →
        </a>
      ) : null}
    </nav>
  )
}
