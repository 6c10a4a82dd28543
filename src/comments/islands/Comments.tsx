'use client'
import { useCallback, useEffect, useState } from 'react'

import type { CommentPage } from '../services/listing'
import type { PublicComment } from '../services/public'
import { callApi, guestToken, INLINE_TOTAL_EVENT, PASSAGE_EVENT, QUOTE_EVENT, type Quote } from '@/site/islands/api'
import { WELCOME_COOKIE } from '@/accounts/domain/routes'
import { CommentForm, type Me } from './CommentForm'
import { CommentItem } from './CommentItem'

const SORTS = [
  ['newest', 'Newest'],
  ['oldest', 'Oldest'],
  ['top', 'Most voted'],
  ['replies', 'Most replied'],
] as const

/** The mark the account endpoints leave for the page a reader returns to after signing in: read once, then cleared. */
function takeWelcome(): string | null {
  const match = new RegExp(`(?:^|;\\s*)${WELCOME_COOKIE}=([\\w-]+)`).exec(document.cookie)
  if (!match) return null
  document.cookie = `${WELCOME_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`
  return match[1]
}

/** Puts a comment where it belongs (a reply under its parent), replacing an older copy of it. */
function placed(list: PublicComment[], comment: PublicComment, atTop: boolean): PublicComment[] {
  const without = (items: PublicComment[]): PublicComment[] =>
    items.filter((item) => item.id !== comment.id).map((item) => ({ ...item, replies: item.replies && without(item.replies) }))
  const clean = without(list)
  if (!comment.parentId) return atTop ? [comment, ...clean] : [...clean, comment]
  const insert = (items: PublicComment[]): PublicComment[] =>
    items.map((item) =>
      item.id === comment.parentId
        ? { ...item, replies: [...(item.replies ?? []), comment] }
        : { ...item, replies: item.replies && insert(item.replies) },
    )
  return insert(clean)
}

function updated(list: PublicComment[], id: string, change: Partial<PublicComment>): PublicComment[] {
  return list.map((item) =>
    item.id === id ? { ...item, ...change } : { ...item, replies: item.replies && updated(item.replies, id, change) },
  )
}

/**
 * The comments block: count, sort, threads, "View all comments" (load more), the form, live
 * updates over Server-Sent Events, and the passage panel for inline feedback. Server-rendered with
 * the first page, so it reads without JavaScript; links do the paging then.
 */
export function Comments({ initial, articlePath }: { initial: CommentPage; articlePath: string }) {
  const articleId = initial.articleId
  const [comments, setComments] = useState(initial.comments)
  const [total, setTotal] = useState(initial.totalComments)
  const [sort, setSort] = useState(initial.sort)
  const [cursor, setCursor] = useState(initial.nextCursor)
  const [me, setMe] = useState<Me>(null)
  const [formOpen, setFormOpen] = useState(false)
  const [replyTo, setReplyTo] = useState<PublicComment | null>(null)
  const [quote, setQuote] = useState<Quote | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const [passage, setPassage] = useState<{ text: string; comments: PublicComment[] } | null>(null)
  const [inlineTotal, setInlineTotal] = useState<number | null>(null)

  const load = useCallback(
    async (query: string, append: boolean) => {
      const result = await callApi<CommentPage>(`/api/articles/${articleId}/comments?${query}`)
      if (!result.ok || !result.data) return setStatus(result.message)
      const page = result.data
      setComments((current) =>
        append ? [...current, ...page.comments.filter((comment) => !current.some((item) => item.id === comment.id))] : page.comments,
      )
      setCursor(page.nextCursor)
      setTotal(page.totalComments)
    },
    [articleId],
  )

  useEffect(() => {
    void callApi<{ user: { id: string; displayName: string; collection?: string } | null }>('/api/readers/me').then((result) => {
      const user = result.data?.user
      if (user) {
        setMe({ id: user.id, displayName: user.displayName })
        const welcome = takeWelcome()
        if (welcome)
          setStatus(`${welcome === 'confirmed' ? 'Your address is confirmed. ' : ''}Welcome, ${user.displayName}: you are signed in.`)
        // Signed in: reload, so the reader's own pending comments and votes show.
        void load(`sort=${initial.sort}`, false)
      }
    })
    const stream = new EventSource(`/api/articles/${articleId}/comments/live`)
    stream.addEventListener('comment', (event) => {
      const comment = JSON.parse((event as MessageEvent<string>).data) as PublicComment
      setComments((current) => placed(current, comment, true))
    })
    stream.addEventListener('count', (event) =>
      setTotal((JSON.parse((event as MessageEvent<string>).data) as { totalComments: number }).totalComments),
    )
    const onQuote = (event: Event) => {
      setQuote((event as CustomEvent<Quote>).detail)
      setReplyTo(null)
      setFormOpen(true)
      document.getElementById('comments')?.scrollIntoView({ behavior: 'smooth' })
    }
    const onPassage = (event: Event) => {
      const { text, commentIds } = (event as CustomEvent<{ text: string; commentIds: string[] }>).detail
      void Promise.all(
        commentIds.slice(0, 20).map((id) => callApi<{ thread: PublicComment; focusId: string }>(`/api/comments/${id}/thread`)),
      ).then((results) => {
        const found = results.flatMap((result) => {
          const thread = result.data?.thread
          if (!thread) return []
          const focus = (item: PublicComment): PublicComment | undefined =>
            item.id === result.data?.focusId ? item : item.replies?.map(focus).find(Boolean)
          const hit = focus(thread)
          return hit ? [{ ...hit, replies: [] }] : []
        })
        setPassage({ text, comments: found })
        document.getElementById('passage-panel')?.focus()
      })
    }
    const onInlineTotal = (event: Event) => setInlineTotal((event as CustomEvent<number>).detail)
    window.addEventListener(QUOTE_EVENT, onQuote)
    window.addEventListener(PASSAGE_EVENT, onPassage)
    window.addEventListener(INLINE_TOTAL_EVENT, onInlineTotal)
    return () => {
      stream.close()
      window.removeEventListener(QUOTE_EVENT, onQuote)
      window.removeEventListener(PASSAGE_EVENT, onPassage)
      window.removeEventListener(INLINE_TOTAL_EVENT, onInlineTotal)
    }
  }, [articleId, initial.sort, load])

  const actions = {
    signedIn: me !== null,
    onReply: (comment: PublicComment) => {
      setReplyTo(comment)
      setQuote(null)
      setFormOpen(true)
    },
    onVote: async (comment: PublicComment, value: 1 | -1 | 0) => {
      if (!me && !(await guestToken())) return setStatus('Voting is not available right now.')
      const result = await callApi<{ votes: PublicComment['votes']; myVote: number | null }>(`/api/comments/${comment.id}/vote`, {
        method: 'POST',
        json: { value },
      })
      if (!result.ok || !result.data) return setStatus(result.message)
      setComments((current) => updated(current, comment.id, { votes: result.data!.votes, myVote: result.data!.myVote }))
    },
    onReport: async (comment: PublicComment) => {
      const result = await callApi(`/api/comments/${comment.id}/report`, { method: 'POST', json: { reason: 'abuse' } })
      setStatus(result.ok ? 'Thank you: a moderator will look at it.' : result.message)
    },
  }

  return (
    <section id="comments" className="comments" aria-labelledby="comments-heading">
      <header className="comments-header">
        <h2 id="comments-heading">
          {total} {total === 1 ? 'Comment' : 'Comments'}
        </h2>
        {inlineTotal ? (
          <span className="inline-total">
            {inlineTotal} Inline {inlineTotal === 1 ? 'feedback' : 'feedbacks'}
          </span>
        ) : null}
        <label htmlFor="comment-sort">Sort by</label>
        <select
          id="comment-sort"
          value={sort}
          onChange={(event) => {
            setSort(event.target.value)
            void load(`sort=${event.target.value}`, false)
          }}
        >
          {SORTS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </header>
      {status ? (
        <p role="status" className="comments-status">
          {status}
        </p>
      ) : null}
      {formOpen ? (
        <CommentForm
          articleId={articleId}
          articlePath={articlePath}
          rules={initial.form}
          me={me}
          replyTo={replyTo}
          quote={quote}
          onCancel={() => setFormOpen(false)}
          onPosted={(comment, message) => {
            setFormOpen(false)
            setQuote(null)
            setReplyTo(null)
            setStatus(message)
            if (comment) setComments((current) => placed(current, comment, true))
          }}
        />
      ) : initial.form.open ? (
        <button type="button" className="click-to-comment" onClick={() => (setReplyTo(null), setQuote(null), setFormOpen(true))}>
          Click to comment
        </button>
      ) : (
        <p className="comments-closed">Comments are closed on this story.</p>
      )}
      {passage ? (
        <aside id="passage-panel" className="passage-panel" tabIndex={-1} aria-label="Comments on a passage">
          <p>On “{passage.text}”:</p>
          <ol className="comment-list">
            {passage.comments.map((comment) => (
              <CommentItem key={comment.id} comment={comment} actions={actions} />
            ))}
          </ol>
          <button type="button" onClick={() => setPassage(null)}>
            Close
          </button>
        </aside>
      ) : null}
      {comments.length === 0 ? <p className="empty">No comments yet. Start the conversation.</p> : null}
      <ol className="comment-list">
        {comments.map((comment) => (
          <CommentItem key={comment.id} comment={comment} actions={actions} />
        ))}
      </ol>
      {cursor ? (
        <p className="load-more">
          {/* A link without JavaScript; a button that appends with it. */}
          <a
            href={`${articlePath}?sort=${sort}&cpage=${initial.page + 1}#comments`}
            onClick={(event) => {
              event.preventDefault()
              void load(`cursor=${encodeURIComponent(cursor)}`, true)
            }}
          >
            View all comments ({total})
          </a>
        </p>
      ) : null}
    </section>
  )
}
