'use client'
import { useCallback, useEffect, useRef, useState } from 'react'

import { DESK_KEYS, DESK_QUEUES, EVENT_VERBS, QUEUE_LABELS, stillInQueue, type DeskKey, type DeskQueue } from '../domain/moderation-desk'
import type { ModerationActionName } from '../services/moderation-actions'
import { CommenterDrawer } from './CommenterDrawer'
import { DeskCardView } from './DeskCardView'
import { DESK_STYLES } from './desk-styles'
import type { DeskView } from './desk-view'
import { loadCounts, loadQueue, moderate, replyAsStaff, saveNote, type DeskCard, type DeskFilters, type VerbOptions } from './desk-api'
import { followDeskCounts } from './desk-counts'

const BULK_VERBS = [
  { action: 'approve', label: 'Approve' },
  { action: 'reject', label: 'Reject' },
  { action: 'spam', label: 'Mark spam' },
] as const

/** What the desk says after a verb: the moderation log's own words ("Approved the comment."). */
function done(action: ModerationActionName, extra: VerbOptions): string {
  // Only a guest's block carries byAddress: a guest has no account to ban, their addresses are blocked.
  if ((action === 'ban-author' || action === 'suspend-author') && extra.byAddress !== undefined) return 'Blocked the guest who wrote'
  if (action === 'ban-author') return EVENT_VERBS.ban
  if (action === 'suspend-author') return EVENT_VERBS.suspend
  return EVENT_VERBS[action]
}

/** A card as it is after an action, to tell whether it stays in the queue shown. */
function afterAction(card: DeskCard, action: ModerationActionName): DeskCard {
  switch (action) {
    case 'approve':
      return { ...card, status: 'approved', reportCount: 0, reports: [] }
    case 'dismiss-reports':
      return { ...card, reportCount: 0, reports: [] }
    case 'reject':
    case 'suspend-author':
    case 'ban-author':
      return { ...card, status: 'rejected' }
    case 'spam':
      return { ...card, status: 'spam' }
    case 'feature':
    case 'unfeature':
      return { ...card, featured: action === 'feature' }
  }
}

/**
 * The moderation desk: queues as tabs with live counts, each comment as a card in context, and
 * verbs by click or by key (j/k move, x select, a approve, r reject, s spam, f feature, d dismiss
 * reports; with a selection, the key acts on all of it). After an action the next card has focus.
 */
export function ModerationDesk({ initial }: { initial: DeskView }) {
  const [{ queue, filters }, setView] = useState(initial)
  const [sort, setSort] = useState<'newest' | 'oldest'>('newest')
  const [cards, setCards] = useState<DeskCard[]>([])
  const [counts, setCounts] = useState<Record<DeskQueue, number> | null>(null)
  const [loading, setLoading] = useState(true)
  const [focus, setFocus] = useState(0)
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [inFlight, setInFlight] = useState(0)
  const work = useRef<Promise<void>>(Promise.resolve())
  const cardsLeft = useRef(0)
  const queued = useRef(0)
  const failed = useRef(false)
  const [said, setSaid] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [drawer, setDrawer] = useState<{ reader?: string; guestEmail?: string; name: string } | null>(null)
  const cardRefs = useRef<(HTMLElement | null)[]>([])

  const reload = useCallback(async () => {
    setLoading(true)
    setProblem(null)
    try {
      const page = await loadQueue(queue, sort, filters)
      setCards(page.cards)
      cardsLeft.current = page.cards.length
      setCounts(page.counts)
      setSelected(new Set())
      setFocus(0)
    } catch (error) {
      setProblem((error as Error).message)
    } finally {
      setLoading(false)
    }
  }, [queue, sort, filters])

  useEffect(() => {
    void reload()
    const search = new URLSearchParams(Object.entries({ queue, ...filters }).filter((entry): entry is [string, string] => !!entry[1]))
    window.history.replaceState(null, '', `${window.location.pathname}?${search}`)
  }, [reload, queue, filters])

  // The counts follow new comments while the desk is open, pushed by the server.
  useEffect(() => followDeskCounts(filters, setCounts), [filters])

  useEffect(() => {
    if (!loading) cardRefs.current[focus]?.focus()
  }, [focus, cards, loading])

  /**
   * Acts at once on the screen (the card leaves, the next one takes the focus) and sends the verbs
   * one after another behind it, so a moderator never waits for the server between keys. A verb
   * the server refuses brings the queue back as it really is, with the reason shown.
   */
  const act = (ids: string[], action: ModerationActionName, extra: VerbOptions = {}) => {
    if (ids.length === 0) return
    setProblem(null)
    const acted = new Set(ids)
    const next = cards.map((card) => (acted.has(card.id) ? afterAction(card, action) : card))
    const remaining = next.filter((card) => !acted.has(card.id) || stillInQueue(queue, card))
    const firstActed = cards.findIndex((card) => acted.has(card.id))
    const stayed = remaining.length === cards.length
    setCards(remaining)
    cardsLeft.current = remaining.length
    setSelected(new Set())
    setFocus(Math.max(0, Math.min(stayed ? firstActed + 1 : firstActed, remaining.length - 1)))
    queued.current += 1
    setInFlight(queued.current)
    work.current = work.current.then(async () => {
      try {
        await moderate(ids, action, { ...extra, reason: extra.reason || undefined })
        setSaid(`${done(action, extra)} ${ids.length === 1 ? 'the comment' : `${ids.length} comments`}.`)
      } catch (error) {
        setProblem((error as Error).message)
        failed.current = true
      }
      queued.current -= 1
      setInFlight(queued.current)
      // Only once every verb is in: a reload before would bring back cards already acted on.
      if (queued.current > 0) return
      const fresh = await loadCounts(filters).catch(() => null)
      if (fresh) setCounts(fresh)
      if (failed.current || (cardsLeft.current === 0 && fresh && fresh[queue] > 0)) {
        failed.current = false
        await reload()
      }
    })
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (drawer || event.metaKey || event.ctrlKey || event.altKey) return
      if ((event.target as HTMLElement).closest('input, textarea, select, [contenteditable="true"]')) return
      const command = DESK_KEYS[event.key as DeskKey]
      const card = cards[focus]
      if (!command || !card) return
      event.preventDefault()
      if (command === 'next') setFocus(Math.min(focus + 1, cards.length - 1))
      else if (command === 'previous') setFocus(Math.max(focus - 1, 0))
      else if (command === 'select') toggle(card.id)
      else {
        const ids = selected.size ? [...selected] : [card.id]
        const action = command === 'feature' && card.featured && !selected.size ? 'unfeature' : command
        void act(ids, action)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })

  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })

  const setFilter = (next: DeskFilters) => setView({ queue, filters: next })
  const hasFilter = !!(filters.article || filters.reader || filters.guestEmail)

  return (
    <div className="desk">
      <style>{DESK_STYLES}</style>
      <h1>Moderation desk</h1>
      <p className="desk__help">
        Keys: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>x</kbd> select, <kbd>a</kbd> approve, <kbd>r</kbd> reject, <kbd>s</kbd> spam,{' '}
        <kbd>f</kbd> feature, <kbd>d</kbd> dismiss reports. With comments selected, a key acts on all of them.
      </p>

      <div role="tablist" aria-label="Queues" className="desk__tabs">
        {DESK_QUEUES.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={name === queue}
            className={`desk__tab${name === queue ? ' desk__tab--current' : ''}`}
            onClick={() => setView({ queue: name, filters })}
          >
            {QUEUE_LABELS[name]} <span className="desk__count">{counts ? counts[name] : '…'}</span>
          </button>
        ))}
      </div>

      <div className="desk__toolbar">
        <label>
          Order{' '}
          <select value={sort} onChange={(event) => setSort(event.target.value as 'newest' | 'oldest')}>
            <option value="newest">Newest first</option>
            <option value="oldest">Oldest first</option>
          </select>
        </label>
        {hasFilter ? (
          <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setFilter({})}>
            Show all articles and commenters
          </button>
        ) : null}
        {selected.size ? (
          <span className="desk__bulk" aria-label="With the selection">
            {selected.size} selected:
            {BULK_VERBS.map(({ action, label }) => (
              <button
                key={action}
                type="button"
                className="btn btn--style-secondary btn--size-small"
                onClick={() => void act([...selected], action)}
              >
                {label}
              </button>
            ))}
            <button
              type="button"
              className="btn btn--style-secondary btn--size-small"
              onClick={() =>
                window.confirm('Ban the commenters of the selected comments and reject them?') && void act([...selected], 'ban-author')
              }
            >
              Ban their commenters
            </button>
          </span>
        ) : null}
      </div>

      <p role="status" aria-live="polite" className="desk__said">
        {inFlight > 0 ? 'Saving…' : said}
      </p>
      {problem ? (
        <p role="alert" className="desk__problem">
          Not done: {problem}
        </p>
      ) : null}
      {loading ? <p>Loading…</p> : null}
      {!loading && cards.length === 0 ? <p className="desk__empty">Nothing in “{QUEUE_LABELS[queue]}”. Well done.</p> : null}

      <div className="desk__cards">
        {cards.map((card, index) => (
          <div key={card.id}>
            <DeskCardView
              ref={(element) => {
                cardRefs.current[index] = element
              }}
              card={card}
              focused={index === focus}
              selected={selected.has(card.id)}
              onFocus={() => setFocus(index)}
              onSelect={() => toggle(card.id)}
              onAct={(action, extra) => void act([card.id], action, extra)}
              onOpenCommenter={() =>
                setDrawer({
                  reader: card.commenter.id ?? undefined,
                  guestEmail: card.commenter.guestEmail ?? undefined,
                  name: card.commenter.name,
                })
              }
              onReply={(body) =>
                replyAsStaff(card.article!.id, card.id, body).then(
                  () => (setSaid('Your reply is published.'), true),
                  (error: Error) => (setProblem(error.message), false),
                )
              }
              onNote={(note) =>
                void saveNote({ comment: card.id }, note).then(
                  () => setSaid('Note saved.'),
                  (error: Error) => setProblem(error.message),
                )
              }
            />
            <div className="desk-card__filters">
              {card.article && !filters.article ? (
                <button type="button" className="desk__link" onClick={() => setFilter({ ...filters, article: card.article!.id })}>
                  Only this article
                </button>
              ) : null}
              {!filters.reader && !filters.guestEmail && (card.commenter.id || card.commenter.guestEmail) ? (
                <button
                  type="button"
                  className="desk__link"
                  onClick={() =>
                    setFilter({ ...filters, reader: card.commenter.id ?? undefined, guestEmail: card.commenter.guestEmail ?? undefined })
                  }
                >
                  Only this commenter
                </button>
              ) : null}
            </div>
          </div>
        ))}
      </div>
      {drawer ? <CommenterDrawer who={drawer} onClose={() => setDrawer(null)} /> : null}
    </div>
  )
}
