'use client'
import { useRef, useState, type FormEvent } from 'react'

import type { CommentPage } from '../services/listing'
import type { PublicComment } from '../services/public'
import { NOTIFY_CHOICES } from '@/accounts/domain/notify-choices'
import { accountHref } from '@/accounts/domain/return-path'
import { PAGES } from '@/accounts/domain/routes'
import { callApi, type Quote } from '@/site/islands/api'
import { focusOnMount } from '@/site/islands/focus-on-mount'

/** The signed-in reader as the comments read names them (null: not signed in). */
export type Me = CommentPage['reader']
type Rules = { open: boolean; guestsAllowed: boolean; maxLength: number }

type Props = {
  articleId: string
  articlePath: string
  rules: Rules
  me: Me
  replyTo: PublicComment | null
  quote: Quote | null
  onCancel: () => void
  onPosted: (comment: PublicComment | null, message: string) => void
}

/**
 * "Click to comment": the form a reader or guest posts with, including "Notify of" and, for inline
 * feedback, the quoted passage. A fresh Idempotency-Key per attempt makes a retried click safe.
 */
export function CommentForm({ articleId, articlePath, rules, me, replyTo, quote, onCancel, onPosted }: Props) {
  const shownAt = useRef(Date.now())
  const [sending, setSending] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setSending(true)
    setProblem(null)
    const result = await callApi<{ message: string; comment: PublicComment | null; subscription?: { message?: string; error?: string } }>(
      '/api/comments',
      {
        method: 'POST',
        headers: { 'idempotency-key': crypto.randomUUID() },
        json: {
          article: articleId,
          parent: replyTo?.id,
          body: form.get('body'),
          guestName: me ? undefined : form.get('guestName'),
          guestEmail: me ? undefined : form.get('guestEmail') || undefined,
          website: form.get('website'),
          formShownAt: shownAt.current,
          notify: form.get('notify'),
          quote: quote ?? undefined,
        },
      },
    )
    setSending(false)
    if (!result.ok || !result.data) {
      setProblem(result.message)
      return
    }
    const subscription = result.data.subscription
    const note = subscription ? ` ${subscription.error ?? subscription.message ?? ''}` : ''
    onPosted(result.data.comment, `${result.data.message}${note}`.trim())
  }

  if (!rules.open) return <p className="comments-closed">Comments are closed on this story.</p>
  if (!me && !rules.guestsAllowed) {
    // Back here after signing in or signing up (the confirmation link returns here too): to the
    // comment being answered, or to the block.
    const next = replyTo ? `${articlePath}?comment=${replyTo.id}#comment-${replyTo.id}` : `${articlePath}#comments`
    return (
      <p className="sign-in-prompt">
        <a href={accountHref(PAGES.signIn, { next })}>Sign in to comment</a> or{' '}
        <a href={accountHref(PAGES.signUp, { next })}>create an account</a>.
      </p>
    )
  }
  return (
    <form
      className="comment-form"
      onSubmit={submit}
      aria-label={replyTo ? `Reply to ${replyTo.author?.displayName ?? replyTo.guestName ?? 'comment'}` : 'Post a comment'}
    >
      {replyTo ? <p className="replying">Replying to {replyTo.author?.displayName ?? replyTo.guestName ?? 'a comment'}</p> : null}
      {quote ? (
        <figure className="form-quote">
          <figcaption>Commenting on this passage:</figcaption>
          <blockquote>{quote.exact}</blockquote>
        </figure>
      ) : null}
      <label htmlFor="comment-body">Your comment</label>
      <textarea id="comment-body" name="body" required maxLength={rules.maxLength} rows={4} ref={focusOnMount} />
      {me ? (
        <p className="signed-in">Commenting as {me.displayName}</p>
      ) : (
        <div className="guest-fields">
          <label htmlFor="comment-name">Name</label>
          <input id="comment-name" name="guestName" required maxLength={60} autoComplete="name" />
          <label htmlFor="comment-email">E-mail (never shown; needed for notifications)</label>
          <input id="comment-email" name="guestEmail" type="email" maxLength={254} autoComplete="email" />
        </div>
      )}
      {/* The honeypot: hidden from people and from assistive technology; bots fill it in. */}
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="comment-website">Website</label>
        <input id="comment-website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <label htmlFor="comment-notify">Notify of</label>
      <select id="comment-notify" name="notify" defaultValue={me?.notifyDefault ?? 'none'}>
        {NOTIFY_CHOICES.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      {problem ? (
        <p role="alert" className="form-problem">
          {problem}
        </p>
      ) : null}
      <div className="form-buttons">
        <button type="submit" disabled={sending}>
          {sending ? 'Posting…' : 'Post comment'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
