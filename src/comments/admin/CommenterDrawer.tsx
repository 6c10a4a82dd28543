'use client'
import { useEffect, useRef, useState } from 'react'

import { loadCommenter, saveNote, type CommenterHistory } from './desk-api'

const when = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' })

/**
 * A commenter's whole record beside the desk: every comment with its status and article, the
 * moderation actions taken (who, when, why) and the reports on their comments; and the reader's note.
 */
export function CommenterDrawer({ who, onClose }: { who: { reader?: string; guestEmail?: string; name: string }; onClose: () => void }) {
  const [history, setHistory] = useState<CommenterHistory | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [note, setNote] = useState('')
  const [saved, setSaved] = useState(false)
  const closeButton = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    closeButton.current?.focus()
    loadCommenter({ reader: who.reader, guestEmail: who.guestEmail })
      .then((loaded) => {
        setHistory(loaded)
        setNote(loaded.commenter?.note ?? '')
      })
      .catch((error: Error) => setProblem(error.message))
  }, [who.reader, who.guestEmail])

  useEffect(() => {
    const close = (event: KeyboardEvent) => event.key === 'Escape' && onClose()
    window.addEventListener('keydown', close)
    return () => window.removeEventListener('keydown', close)
  }, [onClose])

  return (
    <aside className="desk-drawer" role="dialog" aria-modal="true" aria-label={`${who.name}’s comments`}>
      <header className="desk-drawer__head">
        <h2>{who.name}</h2>
        <button ref={closeButton} type="button" className="btn btn--style-secondary btn--size-small" onClick={onClose}>
          Close
        </button>
      </header>
      {problem ? <p role="alert">Could not load: {problem}</p> : null}
      {!history && !problem ? <p>Loading…</p> : null}
      {history ? (
        <>
          {history.commenter ? (
            <p>
              {history.totalComments} comments · {history.commenter.approved} approved · {history.commenter.rejected} rejected
              {history.commenter.trustLevel ? ` · ${history.commenter.trustLevel}` : ''}
              {history.commenter.banned ? ' · banned' : ''}
            </p>
          ) : null}
          {who.reader ? (
            <div className="desk-drawer__note">
              <label>
                Moderators’ note on this reader
                <textarea value={note} rows={2} maxLength={2000} onChange={(event) => (setNote(event.target.value), setSaved(false))} />
              </label>
              <button
                type="button"
                className="btn btn--style-secondary btn--size-small"
                onClick={() =>
                  void saveNote({ reader: who.reader! }, note).then(
                    () => setSaved(true),
                    (error: Error) => setProblem(error.message),
                  )
                }
              >
                Save note
              </button>
              {saved ? <span role="status"> Saved.</span> : null}
            </div>
          ) : null}
          <h3>Comments</h3>
          <ul className="desk-drawer__list">
            {history.comments.map((comment) => (
              <li key={comment.id}>
                <span className={`desk-card__status desk-card__status--${comment.status}`}>{comment.status}</span>{' '}
                {comment.body.slice(0, 140) || '(removed)'}
                <small>
                  {' '}
                  · {comment.article?.title ?? 'an article'} · {when.format(new Date(comment.createdAt))}
                  {comment.reports.length ? ` · ${comment.reports.length} open reports` : ''}
                </small>
              </li>
            ))}
          </ul>
          <h3>Moderation log</h3>
          {history.events.length === 0 ? <p>No moderation actions yet.</p> : null}
          <ul className="desk-drawer__list">
            {history.events.map((event) => (
              <li key={event.id}>
                {event.summary}{' '}
                <small>
                  · by {event.by} · {when.format(new Date(event.at))}
                </small>
                {event.reason ? <div>Why: {event.reason}</div> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </aside>
  )
}
