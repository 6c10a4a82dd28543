'use client'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'

import type { PublicComment } from '../services/public'
import { Avatar } from '@/accounts/components/Avatar'
import { formatUtc } from '@/site/components/DateLine'
import { callApi } from '@/site/islands/api'

export type OpenedPassage = { text: string; commentIds: string[]; mark: HTMLElement }

/** The comments a passage's ids stand for, each as it reads on its own (its thread is one link away). */
async function passageComments(ids: string[]): Promise<PublicComment[]> {
  const results = await Promise.all(
    ids.slice(0, 20).map((id) => callApi<{ thread: PublicComment; focusId: string }>(`/api/comments/${id}/thread`)),
  )
  return results.flatMap((result) => {
    const data = result.data
    if (!data?.thread) return []
    const find = (item: PublicComment): PublicComment | undefined =>
      item.id === data.focusId ? item : item.replies?.map(find).find(Boolean)
    const hit = find(data.thread)
    return hit ? [hit] : []
  })
}

/**
 * The comments on a marked passage, opened right under the paragraph that holds it (not in the
 * comments block far below). Focus moves into it; Escape or Close puts focus back on the passage.
 */
export function PassagePanel({ opened, onClose }: { opened: OpenedPassage; onClose: () => void }) {
  const [host, setHost] = useState<HTMLElement | null>(null)
  const [comments, setComments] = useState<PublicComment[] | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)

  // A place in the article right after the passage's paragraph (outside it: the paragraph's text is what anchoring counts).
  useLayoutEffect(() => {
    const block = opened.mark.closest('[data-block]') ?? opened.mark
    const place = document.createElement('div')
    place.className = 'passage-host'
    block.after(place)
    setHost(place)
    return () => place.remove()
  }, [opened.mark])

  useEffect(() => {
    setComments(null)
    void passageComments(opened.commentIds).then(setComments)
  }, [opened.commentIds])

  useEffect(() => {
    if (host) heading.current?.focus()
  }, [host])

  if (!host) return null
  const path = window.location.pathname
  return createPortal(
    <aside
      className="passage-panel"
      aria-labelledby="passage-panel-heading"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose()
      }}
    >
      <h2 id="passage-panel-heading" tabIndex={-1} ref={heading}>
        Comments on this passage
      </h2>
      <blockquote>{opened.text}</blockquote>
      {comments === null ? (
        <p role="status">Loading the comments…</p>
      ) : (
        <ol className="comment-list passage-comments">
          {comments.map((comment) => {
            const name = comment.staff?.name ?? comment.author?.displayName ?? comment.guestName ?? 'Guest'
            return (
              <li key={comment.id} className="comment">
                <article aria-label={`Comment by ${name}`}>
                  <header>
                    <Avatar name={name} size={24} />
                    <strong className="comment-author">{name}</strong>
                    {' · '}
                    <a href={`${path}?comment=${comment.id}#comment-${comment.id}`}>
                      <time dateTime={comment.createdAt}>{formatUtc(comment.createdAt)}</time>
                    </a>
                  </header>
                  <div className="comment-body" dangerouslySetInnerHTML={{ __html: comment.html }} />
                </article>
              </li>
            )
          })}
        </ol>
      )}
      <button type="button" onClick={onClose}>
        Close
      </button>
    </aside>,
    host,
  )
}
