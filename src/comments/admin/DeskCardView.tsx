'use client'
import { forwardRef, useState } from 'react'

import { SUSPENSION_LABELS, SUSPENSIONS, type Suspension } from '../domain/moderation-desk'
import type { ModerationActionName } from '../services/moderation-actions'
import type { DeskCard, VerbOptions } from './desk-api'

const when = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })

export type CardAction = (action: ModerationActionName, extra?: VerbOptions) => void

type Props = {
  card: DeskCard
  focused: boolean
  selected: boolean
  onFocus: () => void
  onSelect: () => void
  onAct: CardAction
  onOpenCommenter: () => void
  onNote: (note: string) => void
  onReply: (body: string) => Promise<boolean>
}

function percent(rate: number | null): string {
  return rate === null ? 'none moderated yet' : `${Math.round(rate * 100)}% rejected`
}

/**
 * One comment on the desk, in context: the article (on the site and in the admin), the comment it
 * answers, the commenter and their record, why it was held, its reports, and the verbs.
 */
export const DeskCardView = forwardRef<HTMLElement, Props>(function DeskCardView(
  { card, focused, selected, onFocus, onSelect, onAct, onOpenCommenter, onNote, onReply },
  ref,
) {
  const [reason, setReason] = useState('')
  const [duration, setDuration] = useState<Suspension>('24h')
  const [byAddress, setByAddress] = useState(false)
  const [note, setNote] = useState(card.note ?? '')
  const [reply, setReply] = useState('')
  const { commenter } = card
  const label = `Comment by ${commenter.name} on ${card.article?.title ?? 'an article'}`
  return (
    <article
      ref={ref}
      tabIndex={-1}
      aria-label={label}
      className={`desk-card${focused ? ' desk-card--focused' : ''}${selected ? ' desk-card--selected' : ''}`}
      onFocus={onFocus}
      onClick={onFocus}
      data-comment-id={card.id}
    >
      <header className="desk-card__head">
        <label className="desk-card__select">
          <input type="checkbox" checked={selected} onChange={onSelect} aria-label={`Select the comment by ${commenter.name}`} /> Select
        </label>
        <span className={`desk-card__status desk-card__status--${card.status}`}>{card.status}</span>
        {card.featured ? <span className="desk-card__status">featured</span> : null}
        {card.article ? (
          <span className="desk-card__article">
            on{' '}
            <a href={card.article.url} target="_blank" rel="noreferrer">
              {card.article.title}
            </a>{' '}
            <a className="desk-card__admin-link" href={card.article.adminUrl}>
              (edit)
            </a>
          </span>
        ) : null}
        <time dateTime={card.createdAt}>{when.format(new Date(card.createdAt))}</time>
      </header>

      {card.parent ? (
        <blockquote className="desk-card__parent">
          In reply to <strong>{card.parent.name}</strong>: {card.parent.excerpt}
        </blockquote>
      ) : null}
      <div className="desk-card__body" dangerouslySetInnerHTML={{ __html: card.html }} />

      <div className="desk-card__commenter">
        <button type="button" className="desk-card__name" onClick={onOpenCommenter}>
          {commenter.name}
        </button>
        {commenter.kind === 'guest' ? <span> guest{commenter.guestEmail ? ` · ${commenter.guestEmail}` : ''}</span> : null}
        {commenter.trustLevel ? <span> · {commenter.trustLevel}</span> : null}
        {commenter.memberForDays !== null ? <span> · member for {commenter.memberForDays} days</span> : null}
        <span>
          {' '}
          · {commenter.approved} approved, {commenter.rejected} rejected ({percent(commenter.rejectionRate)})
        </span>
        {commenter.banned ? <strong className="desk-card__warning"> · {commenter.kind === 'guest' ? 'blocked' : 'banned'}</strong> : null}
        {commenter.bannedUntil && new Date(commenter.bannedUntil) > new Date() ? (
          <strong className="desk-card__warning">
            {' '}
            · {commenter.kind === 'guest' ? 'blocked' : 'suspended'} until {when.format(new Date(commenter.bannedUntil))}
          </strong>
        ) : null}
      </div>

      {card.reasons.length ? (
        <ul className="desk-card__reasons" aria-label="Why it was held">
          {card.reasons.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      ) : null}
      {card.reports.length ? (
        <ul className="desk-card__reports" aria-label="Reports">
          {card.reports.map((report, index) => (
            <li key={index}>
              Reported as <strong>{report.reason}</strong> by {report.reporter}
              {report.text ? `: “${report.text}”` : ''}
            </li>
          ))}
        </ul>
      ) : null}

      <div className="desk-card__actions">
        <button type="button" className="btn btn--style-primary btn--size-small" onClick={() => onAct('approve')}>
          Approve <kbd>a</kbd>
        </button>
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => onAct('reject', { reason })}>
          Reject <kbd>r</kbd>
        </button>
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => onAct('spam')}>
          Spam <kbd>s</kbd>
        </button>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          onClick={() => onAct(card.featured ? 'unfeature' : 'feature')}
        >
          {card.featured ? 'Unfeature' : 'Feature'} <kbd>f</kbd>
        </button>
        {card.reports.length ? (
          <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => onAct('dismiss-reports')}>
            Dismiss reports <kbd>d</kbd>
          </button>
        ) : null}
      </div>

      <details className="desk-card__more">
        <summary>Reply, reason, {commenter.kind === 'reader' ? 'suspension' : 'block'}, note</summary>
        {card.status === 'approved' && card.article ? (
          <div className="desk-card__reply">
            <label>
              Reply as staff (published at once, with a staff badge)
              <textarea value={reply} maxLength={5000} rows={3} onChange={(event) => setReply(event.target.value)} />
            </label>
            <button
              type="button"
              className="btn btn--style-secondary btn--size-small"
              disabled={reply.trim() === ''}
              onClick={() => void onReply(reply).then((sent) => sent && setReply(''))}
            >
              Post reply
            </button>
          </div>
        ) : (
          <p className="desk-card__hint">Approve the comment to reply to it as staff.</p>
        )}
        <label>
          Reason (kept in the log; a rejection’s reason is mailed to the commenter)
          <input value={reason} maxLength={300} onChange={(event) => setReason(event.target.value)} />
        </label>
        {commenter.kind === 'reader' || commenter.guestEmail || card.hasAddress ? (
          <div className="desk-card__restrict">
            <label>
              {commenter.kind === 'reader' ? 'Suspend' : 'Block'} for{' '}
              <select value={duration} onChange={(event) => setDuration(event.target.value as Suspension)}>
                {SUSPENSIONS.map((preset) => (
                  <option key={preset} value={preset}>
                    {SUSPENSION_LABELS[preset]}
                  </option>
                ))}
              </select>
            </label>
            {commenter.kind === 'guest' && commenter.guestEmail && card.hasAddress ? (
              // A guest has no account: their e-mail is blocked, and their network address if asked
              // (which blocks everyone posting from it, an office or a phone network perhaps).
              <label className="desk-card__check">
                <input type="checkbox" checked={byAddress} onChange={(event) => setByAddress(event.target.checked)} /> Also block the
                network address it came from
              </label>
            ) : null}
            <button
              type="button"
              className="btn btn--style-secondary btn--size-small"
              onClick={() => onAct('suspend-author', { duration, reason, ...(commenter.kind === 'guest' ? { byAddress } : {}) })}
            >
              {commenter.kind === 'guest' ? 'Block' : duration === 'permanent' ? 'Ban' : 'Suspend'} {commenter.name}
            </button>
          </div>
        ) : null}
        <label>
          Moderators’ note on this comment
          <textarea value={note} maxLength={1000} rows={2} onChange={(event) => setNote(event.target.value)} />
        </label>
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => onNote(note)}>
          Save note
        </button>
      </details>
    </article>
  )
})
