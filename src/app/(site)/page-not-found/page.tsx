import type { Metadata } from 'next'

import NotFound from '../not-found'

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } }

/**
 * The reader site's 404 as an ordinary page, so it renders whole on the server. The edge answers
 * every page Next found missing with it, status 404 (src/server/not-found-page.ts): Next's own
 * rendering of notFound() is an empty shell that only JavaScript fills in.
 */
export default function PageNotFound() {
  return <NotFound />
}
