import type { Metadata } from 'next'
import { APIError } from 'payload'

import { articlePath, searchPath, sectionPath } from '@/lib/articles/paths'
import { DateLine } from '@/site/components/DateLine'
import { ResponsiveImage } from '@/site/components/ResponsiveImage'
import { SearchPageForm, type SearchFormValues } from '@/site/components/SearchPageForm'
import { Pagination } from '@/site/components/StoryList'
import { sectionLinks } from '@/site/navigation'
import { anonymousRequest, showing } from '@/site/payload'
import { searchFilterChoices } from '@/site/search-filters'
import { searchArticles, type SearchResponse } from '@/search/services/search'
import { cacheTags } from '@/lib/cache/tags'
import { firstParam } from '@/site/stories'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const metadata: Metadata = { title: 'Search', robots: { index: false } }

const FIELDS = ['q', 'section', 'author', 'tag', 'from', 'to', 'sort'] as const

/**
 * Search results from the same service as GET /api/search, with filters for section, author, tag
 * and dates, and the order. A bad query reads as a message, not an error page; no match gets
 * suggestions rather than a blank.
 */
export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams
  const values = Object.fromEntries(FIELDS.map((field) => [field, (firstParam(params[field]) ?? '').trim()])) as SearchFormValues
  const page = firstParam(params.page) ?? ''
  // A form sends its empty fields too: only what was chosen is a filter.
  const chosen = Object.fromEntries(Object.entries(values).filter(([field, value]) => value !== '' && field !== 'q'))
  const [choices, sections] = await Promise.all([searchFilterChoices(), sectionLinks()])
  await showing([cacheTags.lists])
  let result: SearchResponse | null = null
  let problem: string | null = null
  if (values.q) {
    try {
      result = await searchArticles(await anonymousRequest(), { q: values.q, ...chosen, ...(page ? { page } : {}) })
      await showing(result.results.map((hit) => cacheTags.article(hit.id)))
    } catch (error) {
      if (!(error instanceof APIError) || error.status >= 500) throw error
      problem = error.message
    }
  }
  const filtered = Object.keys(chosen).some((field) => field !== 'sort')
  return (
    <>
      <h1>{values.q ? `Search: ${values.q}` : 'Search'}</h1>
      <SearchPageForm values={values} choices={choices} />
      {problem ? <p role="alert">{problem}</p> : null}
      {result ? (
        <>
          <p aria-live="polite" className="search-count">
            {result.total === 0
              ? 'No stories match.'
              : result.totalIsEstimate
                ? `About ${result.total.toLocaleString('en-GB')} stories match.`
                : `${result.total.toLocaleString('en-GB')} ${result.total === 1 ? 'story matches' : 'stories match'}.`}
          </p>
          {result.total === 0 ? (
            <div className="search-empty">
              <p>
                Try fewer or other words, check the spelling
                {filtered ? (
                  <>
                    , or <a href={searchPath(values.q)}>search without the filters</a>
                  </>
                ) : null}
                .
              </p>
              {sections.length > 0 ? (
                <>
                  <h2>Or browse a section</h2>
                  <ul className="search-suggestions">
                    {sections.map((section) => (
                      <li key={section.id}>
                        <a href={section.href}>{section.label}</a>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </div>
          ) : (
            <ol className="search-results">
              {result.results.map((hit) => (
                <li key={hit.id} className="search-result">
                  {hit.image ? <ResponsiveImage image={hit.image} slot="thumbnail" /> : null}
                  <div>
                    <h2>
                      <a href={articlePath(hit.slug ?? '')}>{hit.title}</a>
                    </h2>
                    {/* Escaped article text with only our own <mark> tags (src/search/domain/snippet.ts). */}
                    <p className="snippet" dangerouslySetInnerHTML={{ __html: hit.snippet }} />
                    <p className="meta">
                      {hit.section ? <a href={sectionPath(hit.section.slug ?? '')}>{hit.section.name}</a> : null}
                      {hit.authors.length > 0 ? <span>{hit.authors.map((author) => author.name).join(', ')}</span> : null}
                      <DateLine iso={hit.firstPublishedAt} />
                    </p>
                  </div>
                </li>
              ))}
            </ol>
          )}
          <Pagination basePath={searchPath('')} page={result.page} totalPages={result.totalPages} query={{ q: values.q, ...chosen }} />
        </>
      ) : null}
    </>
  )
}
