'use client'
import { useEffect, useState } from 'react'

import type { InlineFeedback as Feedback } from '../services/listing'
import { announce, callApi, INLINE_TOTAL_EVENT, QUOTE_EVENT, type Quote } from '@/site/islands/api'
import { PassagePanel, type OpenedPassage } from './PassagePanel'

const CONTEXT_CHARS = 32
const MAX_QUOTE_CHARS = 500

/** The article's text blocks as anchoring counts them: the outermost `[data-block]` elements (ArticleBody). */
function blocks(body: HTMLElement): HTMLElement[] {
  return [...body.querySelectorAll<HTMLElement>('[data-block]')].filter((element) => !element.parentElement?.closest('[data-block]'))
}

function textNodes(element: HTMLElement): Text[] {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
  const nodes: Text[] = []
  while (walker.nextNode()) nodes.push(walker.currentNode as Text)
  return nodes
}

/** Takes earlier marks out again, so marking twice (a second load) never nests or doubles them. */
function clearMarks(body: HTMLElement): void {
  for (const mark of body.querySelectorAll('mark.passage')) {
    const parent = mark.parentNode
    if (!parent) continue
    mark.replaceWith(...mark.childNodes)
    parent.normalize()
  }
}

/** Wraps the first occurrence of `text` in the block in <mark>s (one per text node it spans). */
function markPassage(block: HTMLElement, text: string, onOpen: (mark: HTMLElement) => void, count: number): boolean {
  const start = (block.textContent ?? '').indexOf(text)
  if (start < 0 || !text) return false
  const end = start + text.length
  let offset = 0
  for (const node of textNodes(block)) {
    const length = node.data.length
    const from = Math.max(start - offset, 0)
    const to = Math.min(end - offset, length)
    offset += length
    if (to <= 0 || from >= length || from >= to) continue
    const range = document.createRange()
    range.setStart(node, from)
    range.setEnd(node, to)
    const mark = document.createElement('mark')
    mark.className = 'passage'
    mark.tabIndex = 0
    mark.setAttribute('role', 'button')
    mark.dataset.count = String(count)
    mark.addEventListener('click', () => onOpen(mark))
    mark.addEventListener('keydown', (event) => (event.key === 'Enter' || event.key === ' ') && (event.preventDefault(), onOpen(mark)))
    range.surroundContents(mark)
    // The name starts with the words on screen (WCAG 2.5.3) and says what opening it shows.
    mark.setAttribute('aria-label', `${mark.textContent}: ${count} ${count === 1 ? 'comment' : 'comments'} on this passage`)
  }
  return true
}

/** The selection as a quote the API anchors: exact text, some context, and which block it is in. */
function quoteFromSelection(body: HTMLElement): Quote | null {
  const selection = window.getSelection()
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null
  const range = selection.getRangeAt(0)
  const all = blocks(body)
  const block = all.find((element) => element.contains(range.startContainer))
  if (!block || !block.contains(range.endContainer)) return null
  const exact = selection.toString().replace(/\s+/g, ' ').trim()
  if (!exact || exact.length > MAX_QUOTE_CHARS) return null
  const before = document.createRange()
  before.setStart(block, 0)
  before.setEnd(range.startContainer, range.startOffset)
  const after = document.createRange()
  after.setStart(range.endContainer, range.endOffset)
  after.setEnd(block, block.childNodes.length)
  return {
    exact,
    prefix: before.toString().slice(-CONTEXT_CHARS),
    suffix: after.toString().slice(0, CONTEXT_CHARS),
    blockIndex: all.indexOf(block),
  }
}

/** A whole paragraph as a quote (its first 500 characters, cut at a word), for the keyboard's "Comment on paragraph N". */
function quoteOfBlock(block: HTMLElement, blockIndex: number): Quote | null {
  const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim()
  if (!text) return null
  const exact = text.length <= MAX_QUOTE_CHARS ? text : text.slice(0, text.lastIndexOf(' ', MAX_QUOTE_CHARS)).trim()
  const rest = text.slice(exact.length)
  return { exact, prefix: '', suffix: rest.slice(0, CONTEXT_CHARS), blockIndex }
}

/** After each paragraph, a button that shows when it has keyboard focus: inline feedback without a mouse or a selection. */
function addParagraphButtons(body: HTMLElement): () => void {
  const added = blocks(body).flatMap((block, index) => {
    if (block.tagName !== 'P') return []
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'paragraph-comment'
    button.textContent = `Comment on paragraph ${index + 1}`
    button.addEventListener('click', () => {
      const quote = quoteOfBlock(block, index)
      if (quote) announce(QUOTE_EVENT, quote)
    })
    block.after(button)
    return [button]
  })
  return () => added.forEach((button) => button.remove())
}

/**
 * Inline feedback: marks the passages readers commented on (open one to read those comments right
 * under it) and offers "Comment on this passage" for a selection in the article body, made with a
 * mouse, a finger or the keyboard (the selection itself is watched, not the mouse). From the
 * keyboard alone, each paragraph has its own "Comment on paragraph N" button on the Tab path.
 */
export function InlineFeedback({ articleId, open }: { articleId: string; open: boolean }) {
  const [offer, setOffer] = useState<{ quote: Quote; top: number; left: number } | null>(null)
  const [opened, setOpened] = useState<OpenedPassage | null>(null)

  useEffect(() => {
    const body = document.getElementById('article-body')
    if (!body) return
    void callApi<Feedback>(`/api/articles/${articleId}/comments/inline`).then((result) => {
      if (!result.data) return
      announce(INLINE_TOTAL_EVENT, result.data.total)
      clearMarks(body)
      const all = blocks(body)
      for (const passage of result.data.passages) {
        const block = passage.blockIndex === null ? undefined : all[passage.blockIndex]
        if (!block || passage.status === 'orphaned') continue
        markPassage(block, passage.text, (mark) => setOpened({ text: passage.text, commentIds: passage.commentIds, mark }), passage.count)
      }
      // Marks are in place and selections are listened to: browser tests wait for this before selecting.
      body.dataset.inlineFeedback = 'ready'
    })
    if (!open) return
    const removeButtons = addParagraphButtons(body)
    let timer: ReturnType<typeof setTimeout> | undefined
    // Touch screens select without a mouse-up: follow the selection itself, once it settles.
    const onSelectionChange = () => {
      clearTimeout(timer)
      timer = setTimeout(() => {
        const quote = quoteFromSelection(body)
        if (!quote) return setOffer(null)
        const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect()
        setOffer({ quote, top: rect.bottom + window.scrollY + 6, left: rect.left + window.scrollX })
      }, 200)
    }
    document.addEventListener('selectionchange', onSelectionChange)
    return () => {
      clearTimeout(timer)
      removeButtons()
      document.removeEventListener('selectionchange', onSelectionChange)
    }
  }, [articleId, open])

  const close = () => {
    opened?.mark.focus()
    setOpened(null)
  }
  return (
    <>
      {opened ? <PassagePanel opened={opened} onClose={close} /> : null}
      {offer ? (
        <button
          type="button"
          className="quote-offer"
          style={{ top: offer.top, left: offer.left }}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            announce(QUOTE_EVENT, offer.quote)
            setOffer(null)
          }}
        >
          Comment on this passage
        </button>
      ) : null}
    </>
  )
}
