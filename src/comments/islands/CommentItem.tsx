'use client'
import type { PublicComment } from '../services/public'
import { formatUtc } from '@/site/components/DateLine'

type Actions = {
  onReply: (comment: PublicComment) => void
  onVote: (comment: PublicComment, value: 1 | -1 | 0) => void
  onReport: (comment: PublicComment) => void
  signedIn: boolean
}

/** One comment and its replies. `html` is escaped by the server (src/comments/domain/render.ts). */
export function CommentItem({ comment, actions }: { comment: PublicComment; actions: Actions }) {
  const name = comment.staff?.name ?? comment.author?.displayName ?? comment.guestName ?? 'Guest'
  const removed = comment.status === 'removed'
  return (
    <li
      id={`comment-${comment.id}`}
      className={`comment${comment.status === 'pending' ? ' pending' : ''}${comment.featured ? ' featured' : ''}`}
    >
      <article aria-label={removed ? 'Removed comment' : `Comment by ${name}`}>
        <header>
          <strong className="comment-author">{removed ? 'Removed' : name}</strong>
          {comment.staff ? (
            <span className="badge staff-badge" title={comment.staff.title ?? undefined}>
              Staff{comment.staff.title ? ` · ${comment.staff.title}` : ''}
            </span>
          ) : null}
          {comment.replyTo?.name ? <span className="reply-to"> replying to {comment.replyTo.name}</span> : null}
          {' · '}
          <a href={`#comment-${comment.id}`}>
            <time dateTime={comment.createdAt}>{formatUtc(comment.createdAt)}</time>
          </a>
          {comment.editedAt ? <span className="edited"> (edited)</span> : null}
          {comment.featured ? <span className="badge">Editor's pick</span> : null}
        </header>
        {comment.quote ? <blockquote className="comment-quote">{comment.quote.exact}</blockquote> : null}
        {removed ? (
          <p className="removed">This comment was removed.</p>
        ) : (
          <div className="comment-body" dangerouslySetInnerHTML={{ __html: comment.html }} />
        )}
        {comment.status === 'pending' ? (
          <p className="notice" role="status">
            {comment.notice ?? 'Your comment is waiting for a moderator.'}
          </p>
        ) : null}
        {!removed && comment.status === 'approved' ? (
          <footer className="comment-actions">
            {/* The visible count starts the accessible name (WCAG 2.5.3); the arrow is CSS content with empty alt text. */}
            <button
              type="button"
              className="vote-up"
              aria-pressed={comment.myVote === 1}
              onClick={() => actions.onVote(comment, comment.myVote === 1 ? 0 : 1)}
            >
              {comment.votes.up}
              <span className="visually-hidden"> up-votes: vote up</span>
            </button>
            <button
              type="button"
              className="vote-down"
              aria-pressed={comment.myVote === -1}
              onClick={() => actions.onVote(comment, comment.myVote === -1 ? 0 : -1)}
            >
              {comment.votes.down}
              <span className="visually-hidden"> down-votes: vote down</span>
            </button>
            <button type="button" onClick={() => actions.onReply(comment)}>
              Reply
            </button>
            {actions.signedIn && !comment.mine ? (
              <button type="button" onClick={() => actions.onReport(comment)}>
                Report
              </button>
            ) : null}
          </footer>
        ) : null}
      </article>
      {comment.replies?.length ? (
        <ol className="replies">
          {comment.replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} actions={actions} />
          ))}
        </ol>
      ) : null}
    </li>
  )
}
