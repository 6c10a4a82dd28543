import type { ReactNode } from 'react'

import type { StoryPage } from '../stories'
import { Pagination, StoryList } from './StoryList'

/** A section, tag or author page: a heading block, the stories (paged) and a feed link where there is one. */
export function StoryIndex({
  title,
  intro,
  result,
  basePath,
  feeds,
}: {
  title: string
  intro?: ReactNode
  result: StoryPage
  basePath: string
  feeds?: { rss: string; atom: string }
}) {
  return (
    <>
      <header className="index-header">
        <h1>{title}</h1>
        {intro}
        {feeds ? (
          <p className="feeds">
            Follow: <a href={feeds.rss}>RSS</a> · <a href={feeds.atom}>Atom</a>
          </p>
        ) : null}
      </header>
      <StoryList stories={result.stories} headingLevel={2} label={`Stories: ${title}`} />
      <Pagination basePath={basePath} page={result.page} totalPages={result.totalPages} />
    </>
  )
}
