import { articlePath, authorPath } from '@/lib/articles/paths'
import type { Author } from '@/payload-types'
import { picture } from '../media'
import type { StoryCard } from '../stories'

/** After the story: who wrote it (photo, role, bio, their page), then the stories before and after it in its section. */
export function ArticleFooter({ authors, previous, next }: { authors: Author[]; previous: StoryCard | null; next: StoryCard | null }) {
  return (
    <>
      {authors.length ? (
        <section className="author-box" aria-label={authors.length === 1 ? 'About the author' : 'About the authors'}>
          {authors.map((author) => {
            const photo = picture(author.photo, 'thumbnail')
            return (
              <div key={author.id} className="author-card">
                {photo ? <img src={photo.url} alt="" width={64} height={64} className="avatar" /> : null}
                <div>
                  <p className="author-name">
                    <a href={authorPath(author.slug)} rel="author">
                      {author.name}
                    </a>
                    {author.roleTitle ? <span className="byline-role"> · {author.roleTitle}</span> : null}
                  </p>
                  {author.bio ? <p className="author-bio">{author.bio}</p> : null}
                </div>
              </div>
            )
          })}
        </section>
      ) : null}
      {previous || next ? (
        <nav className="story-neighbours" aria-label="More in this section">
          {previous ? (
            <a href={articlePath(previous.slug)} rel="prev" className="previous">
              <span className="neighbour-label">Previous</span> {previous.title}
            </a>
          ) : null}
          {next ? (
            <a href={articlePath(next.slug)} rel="next" className="next">
              <span className="neighbour-label">Next</span> {next.title}
            </a>
          ) : null}
        </nav>
      ) : null}
    </>
  )
}
