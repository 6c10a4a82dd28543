import { kickerToShow } from '@/lib/articles/kicker'
import { authorPath, sectionPath } from '@/lib/articles/paths'
import type { Article, Author, Section } from '@/payload-types'
import { picture } from '../media'
import { DateLine } from './DateLine'

/** Kicker, headline, dek, bylines with photos, and the first-published and updated dates. */
export function ArticleHeader({ article }: { article: Article }) {
  const section = typeof article.section === 'object' && article.section ? (article.section as Section) : null
  const authors = (article.authors ?? []).filter((author): author is Author => typeof author === 'object' && author !== null)
  const kicker = kickerToShow(article.kicker, article.breaking)
  // revisedAt moves only when the published story changes for readers (not on a comment count).
  const updated =
    article.firstPublishedAt && article.revisedAt && Date.parse(article.revisedAt) - Date.parse(article.firstPublishedAt) > 60_000
  return (
    <header className="article-header">
      <p className="kicker-line">
        {section ? <a href={sectionPath(section.slug ?? '')}>{section.name}</a> : null}
        {kicker ? <span className="kicker">{kicker}</span> : null}
        {article.breaking ? <span className="badge">Breaking</span> : null}
      </p>
      <h1 id="article-title">{article.title}</h1>
      {article.dek ? <p className="dek">{article.dek}</p> : null}
      <div className="bylines">
        {authors.map((author) => {
          const photo = picture(author.photo, 'thumbnail')
          return (
            <a key={author.id} className="byline" href={authorPath(author.slug)} rel="author">
              {photo ? <img src={photo.url} alt="" width={40} height={40} className="avatar" /> : null}
              <span>
                <span className="byline-name">{author.name}</span>
                {author.roleTitle ? <span className="byline-role">{author.roleTitle}</span> : null}
              </span>
            </a>
          )
        })}
      </div>
      <p className="dates">
        <DateLine iso={article.firstPublishedAt} prefix="Published" relative />
        {updated ? <DateLine iso={article.revisedAt} prefix="Updated" relative /> : null}
        {article.readingTimeMinutes ? <span className="reading-time">{article.readingTimeMinutes} min read</span> : null}
      </p>
    </header>
  )
}
