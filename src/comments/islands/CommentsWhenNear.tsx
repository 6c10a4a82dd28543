'use client'
import { lazy, Suspense, useEffect, type ComponentProps } from 'react'

import { Comments } from './Comments'
import { doHeld, nearComments } from './near-comments'

/** Inside the boundary, so its effect runs once the block has hydrated: does what was held. */
function DoHeld() {
  useEffect(doHeld, [])
  return null
}

/**
 * On the server, the block as it is; in the browser, the same component behind a Suspense boundary
 * that waits for `nearComments`. While it waits, React keeps the server's HTML as it is (links do
 * the paging, as without JavaScript) and does not hydrate it: most readers never scroll that far,
 * and hydrating the block was about half the article page's main-thread blocking time
 * (bench/results/lighthouse.md).
 */
const Deferred = typeof window === 'undefined' ? Comments : lazy(() => nearComments().then(() => ({ default: Comments })))

export function CommentsWhenNear(props: ComponentProps<typeof Comments>) {
  return (
    <Suspense fallback={null}>
      <Deferred {...props} />
      <DoHeld />
    </Suspense>
  )
}
