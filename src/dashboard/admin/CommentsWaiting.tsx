'use client'
import { useEffect, useState } from 'react'

import { followAllCounts } from '@/comments/admin/desk-counts'

/**
 * The dashboard's "Comments waiting" card: the counts the page was rendered with, then kept up to
 * date as comments arrive and are moderated (the same shared stream as the navigation's badge).
 */
export function CommentsWaiting({ pending, reported }: { pending: number; reported: number }) {
  const [counts, setCounts] = useState({ pending, reported })
  useEffect(() => followAllCounts((live) => setCounts({ pending: live.pending, reported: live.reported })), [])
  return (
    <section className="staff-desk__card" aria-label="Comments waiting">
      <h3>Comments waiting</h3>
      <ul aria-live="polite">
        <li>
          <a href="/admin/moderation?queue=pending">{counts.pending} pending</a>
        </li>
        <li>
          <a href="/admin/moderation?queue=reported">{counts.reported} reported</a>
        </li>
      </ul>
    </section>
  )
}
