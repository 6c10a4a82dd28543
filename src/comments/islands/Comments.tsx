'use client'
import { useCallback, useEffect, useRef, useState } from 'react'

import type { CommentPage } from '../services/listing'
import type { PublicComment } from '../services/public'
import { WELCOME_COOKIE } from '@/accounts/domain/routes'
import { callApi, INLINE_TOTAL_EVENT, QUOTE_EVENT, takeAnnounced, type Quote } from '@/site/islands/api'
import { editComment, removeComment, reportComment, voteOn } from './comment-actions'
import { CommentForm, type Me } from './CommentForm'
import { CommentItem, type ItemContext } from './CommentItem'
import { changed, contains, placed } from './comment-tree'

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

/** "Now", once the page is live, ticking each minute: relative times ("5 min ago") never differ from the server's render. */
function useNow(): number | null {
  const [now, setNow] = useState<number | null>(null)
  useEffect(() => {
    setNow(Date.now())
    const timer = setInterval(() => setNow(Date.now()), 60_000)
    return () => clearInterval(timer)
  }, [])
  return now
}

/**
 * The comments block: count, sort, threads, "View all comments" (load more), the form, replies
 * under the comment they answer, live updates over Server-Sent Events (new threads wait behind an
 * "N new comments" bar, so the order the reader chose holds) and permalinks. Server-rendered with the first page (or the page a permalink holds), so it
 * reads without JavaScript; links do the paging then.
 */
export function Comments({ initial, articlePath, linkedId }: { initial: CommentPage; articlePath: string; linkedId: string | null }) {
  const articleId = initial.articleId
  const [comments, setComments] = useState(initial.comments)
  const [total, setTotal] = useState(initial.totalComments)
  const [sort, setSort] = useState(initial.sort)
  const [cursor, setCursor] = useState(initial.nextCursor)
  const [me, setMe] = useState<Me>(null)
  const [formOpen, setFormOpen] = useState(false)
  const [replyingTo, setReplyingTo] = useState<string | null>(null)
  const [quote, setQuote] = useState<Quote | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const [arrived, setArrived] = useState<PublicComment[]>([])
  const [inlineTotal, setInlineTotal] = useState<number | null>(null)
  const [highlightedId, setHighlightedId] = useState<string | null>(linkedId)
  const [live, setLive] = useState(false)
  const now = useNow()
  // The live stream's handler reads what is on screen now, not what was there when it subscribed.
  const shown = useRef(comments)
  useEffect(() => {
    shown.current = comments
  }, [comments])

  // Only the answer to the latest load is shown: an earlier one (the first reload, another order) may come back after it.
  const latestLoad = useRef(0)
  const load = useCallback(
    async (query: string, append: boolean): Promise<CommentPage | null> => {
      const ticket = ++latestLoad.current
      const result = await callApi<CommentPage>(`/api/articles/${articleId}/comments?${query}`)
      if (ticket !== latestLoad.current) return null
      if (!result.ok || !result.data) {
        setStatus(result.message)
        return null
      }
      const page = result.data
      setComments((current) =>
        append ? [...current, ...page.comments.filter((comment) => !current.some((item) => item.id === comment.id))] : page.comments,
      )
      setArrived([])
      setCursor(page.nextCursor)
      setTotal(page.totalComments)
      setMe(page.reader)
      return page
    },
    [articleId],
  )

  // A permalink: bring the comment into view, mark it and move focus to it.
  useEffect(() => {
    const id = linkedId ?? /^#comment-([\w-]+)$/.exec(window.location.hash)?.[1]
    const target = id ? document.querySelector<HTMLElement>(`#comment-${id} > article`) : null
    if (!id || !target) return
    setHighlightedId(id)
    target.scrollIntoView({ block: 'center' })
    target.focus({ preventScroll: true })
  }, [linkedId])

  useEffect(() => {
    // The shown page again, in one request: with a login (the cookie goes with it) it says who the
    // reader is and holds their own pending comments and votes; for anyone else it is the cached
    // copy, newer than the page's when the block hydrated late (CommentsWhenNear).
    void load(`sort=${initial.sort}&page=${initial.page}`, false).then((page) => {
      const reader = page?.reader
      const welcome = reader ? takeWelcome() : null
      if (reader && welcome)
        setStatus(`${welcome === 'confirmed' ? 'Your address is confirmed. ' : ''}Welcome, ${reader.displayName}: you are signed in.`)
    })
    const stream = new EventSource(`/api/articles/${articleId}/comments/live`)
    stream.addEventListener('open', () => setLive(true))
    stream.addEventListener('comment', (event) => {
      const comment = JSON.parse((event as MessageEvent<string>).data) as PublicComment
      // Changes to what is on screen, and replies, go in place; a new thread waits behind the bar.
      if (comment.parentId || contains(shown.current, comment.id)) setComments((current) => placed(current, comment, 'end'))
      else setArrived((waiting) => [...waiting.filter((item) => item.id !== comment.id), comment])
    })
    stream.addEventListener('count', (event) =>
      setTotal((JSON.parse((event as MessageEvent<string>).data) as { totalComments: number }).totalComments),
    )
    const quoting = (quoted: Quote) => {
      setQuote(quoted)
      setReplyingTo(null)
      setFormOpen(true)
      document.getElementById('comments')?.scrollIntoView({ behavior: 'smooth' })
    }
    // Taken as they come, so none is caught up with twice; and caught up with, when sent before this block hydrated.
    const onQuote = () => {
      const quoted = takeAnnounced<Quote>(QUOTE_EVENT)
      if (quoted) quoting(quoted)
    }
    const onInlineTotal = () => {
      const total = takeAnnounced<number>(INLINE_TOTAL_EVENT)
      if (total !== undefined) setInlineTotal(total)
    }
    onQuote()
    onInlineTotal()
    window.addEventListener(QUOTE_EVENT, onQuote)
    window.addEventListener(INLINE_TOTAL_EVENT, onInlineTotal)
    return () => {
      stream.close()
      window.removeEventListener(QUOTE_EVENT, onQuote)
      window.removeEventListener(INLINE_TOTAL_EVENT, onInlineTotal)
    }
  }, [articleId, initial.sort, initial.page, load])

  /** New threads join where the chosen order puts them: at the end in "Oldest", at the top otherwise. */
  function showArrived() {
    const where = sort === 'oldest' ? 'end' : 'start'
    setComments((current) => arrived.reduce((list, comment) => placed(list, comment, where), current))
    const first = arrived[0]
    setArrived([])
    if (first) requestAnimationFrame(() => document.querySelector<HTMLElement>(`#comment-${first.id} > article`)?.focus())
  }

  const rules = { ...initial.form }
  const context: ItemContext = {
    signedIn: me !== null,
    editWindowMinutes: initial.form.editWindowMinutes,
    now,
    permalink: (comment) => `${articlePath}?comment=${comment.id}#comment-${comment.id}`,
    highlightedId,
    replyingTo,
    openReply: (comment) => {
      setReplyingTo(comment.id)
      setFormOpen(false)
    },
    replyForm: (comment, done) => (
      <CommentForm
        articleId={articleId}
        articlePath={articlePath}
        rules={rules}
        me={me}
        replyTo={comment}
        quote={null}
        onCancel={() => setReplyingTo(null)}
        onPosted={(posted, message) => {
          setReplyingTo(null)
          if (posted) setComments((current) => placed(current, posted, 'end'))
          done(message)
        }}
      />
    ),
    vote: async (comment, value) => {
      const result = await voteOn(comment, value, me !== null)
      if (!result.ok) return result.message
      setComments((current) => changed(current, comment.id, { votes: result.votes, myVote: result.myVote }))
      return null
    },
    report: reportComment,
    edit: async (comment, body) => {
      const result = await editComment(comment, body)
      if (result.ok) setComments((current) => changed(current, comment.id, result.change))
      return result
    },
    remove: async (comment) => {
      const result = await removeComment(comment)
      if (result.ok) setComments((current) => changed(current, comment.id, { status: 'removed', body: '', html: '' }))
      return result
    },
  }

  return (
    <section id="comments" className="comments" aria-labelledby="comments-heading" data-live={live ? 'open' : undefined}>
      <header className="comments-header">
        <h2 id="comments-heading">
          {total} {total === 1 ? 'Comment' : 'Comments'}
        </h2>
        {inlineTotal ? (
          <span className="inline-total">
            {inlineTotal} Inline {inlineTotal === 1 ? 'feedback' : 'feedbacks'}
          </span>
        ) : null}
        {/* Label and menu together: on a phone the pair wraps below the count as one. */}
        <span className="comments-sort">
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
        </span>
      </header>
      <p role="status" className={status ? 'comments-status' : 'comments-status empty-status'}>
        {status}
      </p>
      {formOpen ? (
        <CommentForm
          articleId={articleId}
          articlePath={articlePath}
          rules={rules}
          me={me}
          replyTo={null}
          quote={quote}
          onCancel={() => setFormOpen(false)}
          onPosted={(comment, message) => {
            setFormOpen(false)
            setQuote(null)
            setStatus(message)
            if (comment) setComments((current) => placed(current, comment, sort === 'oldest' ? 'end' : 'start'))
          }}
        />
      ) : initial.form.open ? (
        <button type="button" className="click-to-comment" onClick={() => (setReplyingTo(null), setQuote(null), setFormOpen(true))}>
          Click to comment
        </button>
      ) : (
        <p className="comments-closed">Comments are closed on this story.</p>
      )}
      {arrived.length > 0 ? (
        <button type="button" className="new-comments-bar" onClick={showArrived}>
          {arrived.length} new {arrived.length === 1 ? 'comment' : 'comments'}: show
        </button>
      ) : null}
      {initial.page > 1 ? (
        <p className="load-more">
          <a href={`${articlePath}#comments`}>Back to the newest comments</a>
        </p>
      ) : null}
      {comments.length === 0 ? <p className="empty">No comments yet. Start the conversation.</p> : null}
      <ol className="comment-list">
        {comments.map((comment) => (
          <CommentItem key={comment.id} comment={comment} context={context} />
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
