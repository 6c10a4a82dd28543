/** The search form in a page's body (search results, 404), named apart from the header's "Site search" landmark. */
export function StorySearchForm({ id, query = '', className }: { id: string; query?: string; className?: string }) {
  return (
    <form role="search" aria-label="Search the stories" action="/search" method="get" className={className}>
      <label htmlFor={id}>Search the stories</label>
      <input id={id} type="search" name="q" defaultValue={query} maxLength={200} />
      <button type="submit">Search</button>
    </form>
  )
}
