import type { Metadata } from 'next'
import { APIError } from 'payload'

import { articlePath, searchPath, sectionPath } from '@/lib/articles/paths'
import { DateLine } from '@/site/components/DateLine'
import { Pagination } from '@/site/components/StoryList'
import { StorySearchForm } from '@/site/components/StorySearchForm'
import { anonymousRequest, showing } from '@/site/payload'
import { searchArticles, type SearchResponse } from '@/search/services/search'
import { cacheTags } from '@/lib/cache/tags'
import { firstParam } from '@/site/stories'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const metadata: Metadata = { title: 'Search', robots: { index: false } }

/** Search results from the same service as GET /api/search; a bad query reads as a message, not an error page. */
export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams
  const q = (firstParam(params.q) ?? '').trim()
  const page = firstParam(params.page) ?? ''
  await showing([cacheTags.lists])
  let result: SearchResponse | null = null
  let problem: string | null = null
  if (q) {
    try {
      result = await searchArticles(await anonymousRequest(), { q, ...(page ? { page } : {}) })
      await showing(result.results.map((hit) => cacheTags.article(hit.id)))
    } catch (error) {
      if (!(error instanceof APIError) || error.status >= 500) throw error
      problem = error.message
    }
  }
  return (
    <>
      <h1>{q ? `Search: ${q}` : 'Search'}</h1>
      <StorySearchForm id="search-page-q" query={q} className="search-page-form" />
      {problem ? <p role="alert">{problem}</p> : null}
      {result ? (
        <>
          <p aria-live="polite">
            {result.total === 0 ? 'No stories match.' : `${result.total} ${result.total === 1 ? 'story matches' : 'stories match'}.`}
          </p>
          <ol className="search-results">
            {result.results.map((hit) => (
              <li key={hit.id}>
                <h2>
                  <a href={articlePath(hit.slug ?? '')}>{hit.title}</a>
                </h2>
                {/* Escaped article text with only our own <mark> tags (src/search/domain/snippet.ts). */}
                <p className="snippet" dangerouslySetInnerHTML={{ __html: hit.snippet }} />
                <p className="meta">
                  {hit.section ? <a href={sectionPath(hit.section.slug ?? '')}>{hit.section.name}</a> : null}
                  <DateLine iso={hit.firstPublishedAt} />
                </p>
              </li>
            ))}
          </ol>
          <Pagination basePath={searchPath('').split('?')[0]} page={result.page} totalPages={result.totalPages} query={{ q }} />
        </>
      ) : null}
    </>
  )
}
