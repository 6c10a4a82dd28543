'use client'

import { useEffect } from 'react'

/**
 * Counts this view of the article for "Most read": one beacon once the page is shown. No cookie goes
 * with it and nothing about the reader is kept (src/readership/services/views.ts). Crawlers that run
 * no script are not counted.
 */
export function ViewBeacon({ articleId }: { articleId: string }) {
  useEffect(() => {
    const url = `/api/articles/${encodeURIComponent(articleId)}/view`
    if (!navigator.sendBeacon?.(url)) void fetch(url, { method: 'POST', keepalive: true, credentials: 'omit' }).catch(() => {})
  }, [articleId])
  return null
}
