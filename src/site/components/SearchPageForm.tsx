import type { SearchFilterChoices } from '../search-filters'

export type SearchFormValues = {
  q: string
  section: string
  author: string
  tag: string
  from: string
  to: string
  sort: string
}

function Choice({
  name,
  label,
  value,
  choices,
  any,
}: {
  name: string
  label: string
  value: string
  choices: { slug: string; name: string }[]
  any: string
}) {
  if (choices.length === 0) return null
  return (
    <div className="search-filter">
      <label htmlFor={`search-${name}`}>{label}</label>
      <select id={`search-${name}`} name={name} defaultValue={value}>
        <option value="">{any}</option>
        {choices.map((choice) => (
          <option key={choice.slug} value={choice.slug}>
            {choice.name}
          </option>
        ))}
      </select>
    </div>
  )
}

/**
 * The search page's form: the words, then filters for section, author, tag and dates, and the
 * order. A plain GET form: it works without JavaScript and every search is a link one can share.
 */
export function SearchPageForm({ values, choices }: { values: SearchFormValues; choices: SearchFilterChoices }) {
  const filtered = Boolean(values.section || values.author || values.tag || values.from || values.to || values.sort === 'newest')
  return (
    <form role="search" aria-label="Search the stories" action="/search" method="get" className="search-page-form">
      <div className="search-words">
        <label htmlFor="search-page-q">Search the stories</label>
        <input id="search-page-q" type="search" name="q" defaultValue={values.q} maxLength={200} />
        <button type="submit">Search</button>
      </div>
      <details className="search-filters" open={filtered}>
        <summary>Filters and order</summary>
        <div className="search-filter-grid">
          <Choice name="section" label="Section" value={values.section} choices={choices.sections} any="Any section" />
          <Choice name="author" label="Author" value={values.author} choices={choices.authors} any="Any author" />
          <Choice name="tag" label="Tag" value={values.tag} choices={choices.tags} any="Any tag" />
          <div className="search-filter">
            <label htmlFor="search-from">Published from</label>
            <input id="search-from" type="date" name="from" defaultValue={values.from} />
          </div>
          <div className="search-filter">
            <label htmlFor="search-to">Published until</label>
            <input id="search-to" type="date" name="to" defaultValue={values.to} />
          </div>
          <div className="search-filter">
            <label htmlFor="search-sort">Order</label>
            <select id="search-sort" name="sort" defaultValue={values.sort || 'relevance'}>
              <option value="relevance">Best match first</option>
              <option value="newest">Newest first</option>
            </select>
          </div>
        </div>
      </details>
    </form>
  )
}
