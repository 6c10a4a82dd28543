import { StorySearchForm } from '@/site/components/StorySearchForm'

/** The reader site's 404: a way on, not a dead end. */
export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>This page does not exist, or the story was taken down.</p>
      <StorySearchForm id="not-found-search" />
      <p>
        <a href="/">Go to the front page</a>
      </p>
    </>
  )
}
