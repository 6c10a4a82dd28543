'use client'

import { useEffect, useState } from 'react'

import { relativeTime } from '@/comments/domain/relative-time'

/**
 * "Updated 2 hours ago": rendered with the exact UTC label (the same in every cached copy and without
 * script), then, once the page runs, the time since, kept current each minute. The exact time stays
 * in the title.
 */
export function RelativeTime({ iso, label }: { iso: string; label: string }) {
  const [text, setText] = useState(label)
  useEffect(() => {
    const update = () => setText(relativeTime(iso, Date.now()))
    update()
    const timer = setInterval(update, 60_000)
    return () => clearInterval(timer)
  }, [iso])
  return (
    <time dateTime={iso} title={label}>
      {text}
    </time>
  )
}
