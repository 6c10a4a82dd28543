/** The reader site's 404: a way on, not a dead end. */
export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>This page does not exist, or the story was taken down.</p>
      <form role="search" aria-label="Search the stories" action="/search" method="get">
        <label htmlFor="not-found-search">Search the stories</label>
        <input id="not-found-search" type="search" name="q" maxLength={200} />
        <button type="submit">Search</button>
      </form>
      <p>
        <a href="/">Go to the front page</a>
      </p>
    </>
  )
}
