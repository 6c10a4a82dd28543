'use client'
import { useRef, useState, type FormEvent, type ReactNode } from 'react'

import type { PublicComment } from '../services/public'
import { relativeTime } from '../domain/relative-time'
import { withinEditWindow } from '../domain/text-rules'
import { Avatar } from '@/accounts/components/Avatar'
import { formatUtc } from '@/site/components/DateLine'
import type { Outcome, ReportReason } from './comment-actions'
import { focusOnMount } from '@/site/islands/focus-on-mount'

/** What the block gives each comment: who is reading, the rules, and the verbs (each answers with words for the reader). */
export type ItemContext = {
  signedIn: boolean
  editWindowMinutes: number
  /** Now, once the page is live (null while rendering on the server: the exact time shows then). */
  now: number | null
  permalink: (comment: PublicComment) => string
  highlightedId: string | null
  replyingTo: string | null
  openReply: (comment: PublicComment) => void
  /** The reply form, rendered under the comment it answers. */
  replyForm: (comment: PublicComment, done: (message: string) => void) => ReactNode
  vote: (comment: PublicComment, value: 1 | -1 | 0) => Promise<string | null>
  report: (comment: PublicComment, reason: ReportReason, text: string) => Promise<Outcome>
  edit: (comment: PublicComment, body: string) => Promise<Outcome>
  remove: (comment: PublicComment) => Promise<Outcome>
}

const REASONS: [ReportReason, string][] = [
  ['spam', 'Spam or advertising'],
  ['abuse', 'Abusive or hateful'],
  ['off-topic', 'Off-topic'],
  ['other', 'Something else'],
]

type Mode = 'reading' | 'editing' | 'reporting' | 'deleting'

/**
 * One comment and its replies. Everything done to it (a vote refused, a report sent, an edit saved)
 * is answered beside it, in a live region, not at the top of the block. `html` is escaped by the
 * server (src/comments/domain/render.ts).
 */
export function CommentItem({ comment, context }: { comment: PublicComment; context: ItemContext }) {
  const [mode, setMode] = useState<Mode>('reading')
  const [message, setMessage] = useState<string | null>(null)
  const [reported, setReported] = useState(false)
  const [collapsed, setCollapsed] = useState(false)
  const [busy, setBusy] = useState(false)
  const statusRef = useRef<HTMLParagraphElement>(null)
  const name = comment.staff?.name ?? comment.author?.displayName ?? comment.guestName ?? 'Guest'
  const removed = comment.status === 'removed'
  const canEdit =
    comment.mine &&
    !removed &&
    context.now !== null &&
    withinEditWindow(new Date(comment.createdAt), new Date(context.now), context.editWindowMinutes)

  /** Shows the outcome beside the comment and moves focus there, so a keyboard user hears it and stays in place. */
  const answer = (text: string | null) => {
    setMessage(text)
    if (text) requestAnimationFrame(() => statusRef.current?.focus())
  }

  async function act(run: () => Promise<Outcome>, after?: () => void) {
    setBusy(true)
    const outcome = await run()
    setBusy(false)
    answer(outcome.message)
    if (outcome.ok) {
      setMode('reading')
      after?.()
    }
  }

  function submitEdit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const body = String(new FormData(event.currentTarget).get('body') ?? '')
    void act(() => context.edit(comment, body))
  }

  function submitReport(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    void act(
      () => context.report(comment, form.get('reason') as ReportReason, String(form.get('text') ?? '')),
      () => setReported(true),
    )
  }

  const time = (
    <time dateTime={comment.createdAt} title={formatUtc(comment.createdAt)}>
      {context.now === null ? formatUtc(comment.createdAt) : relativeTime(comment.createdAt, context.now)}
    </time>
  )

  return (
    <li
      id={`comment-${comment.id}`}
      className={`comment${comment.status === 'pending' ? ' pending' : ''}${comment.featured ? ' featured' : ''}${
        context.highlightedId === comment.id ? ' highlighted' : ''
      }`}
    >
      <article aria-label={removed ? 'Removed comment' : `Comment by ${name}`} tabIndex={-1}>
        <header>
          {removed ? null : <Avatar name={name} size={32} />}
          <strong className="comment-author">{removed ? 'Removed' : name}</strong>
          {comment.staff ? (
            <span className="badge staff-badge" title={comment.staff.title ?? undefined}>
              Staff{comment.staff.title ? ` · ${comment.staff.title}` : ''}
            </span>
          ) : null}
          {comment.replyTo?.name ? <span className="reply-to"> replying to {comment.replyTo.name}</span> : null}
          {' · '}
          <a href={context.permalink(comment)}>
            {time}
            <span className="visually-hidden">: link to this comment</span>
          </a>
          {comment.editedAt ? <span className="edited"> (edited)</span> : null}
          {comment.featured ? <span className="badge">Editor&apos;s pick</span> : null}
        </header>
        {comment.quote ? <blockquote className="comment-quote">{comment.quote.exact}</blockquote> : null}
        {removed ? (
          <p className="removed">This comment was removed.</p>
        ) : mode === 'editing' ? (
          <form className="comment-form inline-form" onSubmit={submitEdit} aria-label="Edit your comment">
            <label htmlFor={`edit-${comment.id}`}>Edit your comment</label>
            <textarea id={`edit-${comment.id}`} name="body" defaultValue={comment.body} required rows={4} ref={focusOnMount} />
            <div className="form-buttons">
              <button type="submit" disabled={busy}>
                Save
              </button>
              <button type="button" onClick={() => setMode('reading')}>
                Cancel
              </button>
            </div>
          </form>
        ) : (
          <div className="comment-body" dangerouslySetInnerHTML={{ __html: comment.html }} />
        )}
        {comment.status === 'pending' ? (
          <p className="notice" role="status">
            {comment.notice ?? 'Your comment is waiting for a moderator.'}
          </p>
        ) : null}
        {!removed && mode === 'reading' && (comment.status === 'approved' || comment.mine) ? (
          <footer className="comment-actions">
            {comment.status === 'approved' ? (
              <>
                {/* The visible count starts the accessible name (WCAG 2.5.3); the arrow is CSS content with empty alt text. */}
                <button
                  type="button"
                  className="vote-up"
                  aria-pressed={comment.myVote === 1}
                  onClick={async () => answer(await context.vote(comment, comment.myVote === 1 ? 0 : 1))}
                >
                  {comment.votes.up}
                  <span className="visually-hidden"> up-votes: vote up</span>
                </button>
                <button
                  type="button"
                  className="vote-down"
                  aria-pressed={comment.myVote === -1}
                  onClick={async () => answer(await context.vote(comment, comment.myVote === -1 ? 0 : -1))}
                >
                  {comment.votes.down}
                  <span className="visually-hidden"> down-votes: vote down</span>
                </button>
                <button type="button" aria-expanded={context.replyingTo === comment.id} onClick={() => context.openReply(comment)}>
                  Reply
                </button>
              </>
            ) : null}
            {context.signedIn && !comment.mine && !reported ? (
              <button type="button" onClick={() => (setMode('reporting'), setMessage(null))}>
                Report
              </button>
            ) : null}
            {canEdit ? (
              <button type="button" onClick={() => (setMode('editing'), setMessage(null))}>
                Edit
              </button>
            ) : null}
            {comment.mine ? (
              <button type="button" onClick={() => (setMode('deleting'), setMessage(null))}>
                Delete
              </button>
            ) : null}
            {comment.replies?.length ? (
              <button type="button" aria-expanded={!collapsed} onClick={() => setCollapsed(!collapsed)}>
                {collapsed ? `Show ${comment.replies.length} ${comment.replies.length === 1 ? 'reply' : 'replies'}` : 'Hide replies'}
              </button>
            ) : null}
          </footer>
        ) : null}
        {mode === 'reporting' ? (
          <form className="comment-form inline-form" onSubmit={submitReport} aria-label="Report this comment">
            <fieldset>
              <legend>Why are you reporting this comment?</legend>
              {REASONS.map(([value, label], index) => (
                <p className="choice" key={value}>
                  <input
                    id={`report-${comment.id}-${value}`}
                    type="radio"
                    name="reason"
                    value={value}
                    required
                    ref={index === 0 ? focusOnMount : undefined}
                  />
                  <label htmlFor={`report-${comment.id}-${value}`}>{label}</label>
                </p>
              ))}
            </fieldset>
            <label htmlFor={`report-text-${comment.id}`}>Anything a moderator should know (optional)</label>
            <textarea id={`report-text-${comment.id}`} name="text" maxLength={1000} rows={2} />
            <div className="form-buttons">
              <button type="submit" disabled={busy}>
                Send report
              </button>
              <button type="button" onClick={() => setMode('reading')}>
                Cancel
              </button>
            </div>
          </form>
        ) : null}
        {mode === 'deleting' ? (
          <div className="inline-form confirm-delete" role="group" aria-label="Delete your comment">
            <p>Delete this comment? Its text goes for good.</p>
            <div className="form-buttons">
              <button
                type="button"
                className="danger"
                disabled={busy}
                ref={focusOnMount}
                onClick={() => void act(() => context.remove(comment))}
              >
                Delete
              </button>
              <button type="button" onClick={() => setMode('reading')}>
                Keep it
              </button>
            </div>
          </div>
        ) : null}
        <p className="comment-status" role="status" ref={statusRef} tabIndex={-1}>
          {message}
        </p>
      </article>
      {context.replyingTo === comment.id ? context.replyForm(comment, answer) : null}
      {comment.replies?.length && !collapsed ? (
        <ol className="replies">
          {comment.replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} context={context} />
          ))}
        </ol>
      ) : null}
    </li>
  )
}
