import { articlePath } from '@/lib/articles/paths'
import type { RelatedStory } from '@/related/services/related'
import { ResponsiveImage } from './ResponsiveImage'

/** "You may also like": four stories with image, title and excerpt. */
export function RelatedStories({ stories }: { stories: RelatedStory[] }) {
  if (stories.length === 0) return null
  return (
    <section className="related" aria-labelledby="related-heading">
      <h2 id="related-heading">You may also like</h2>
      <ul>
        {stories.map((story) => (
          <li key={story.id}>
            <a href={articlePath(story.slug ?? '')}>
              {story.image ? <ResponsiveImage image={story.image} slot="related" /> : null}
              <span className="related-title">{story.title}</span>
            </a>
            {story.dek ? <p>{story.dek}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
