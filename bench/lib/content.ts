/**
 * Generated newsroom content, deterministic from a seed: articles with realistic body sizes and
 * comment threads placed by the same rule the service uses. No Payload import: the writers store it.
 */
import { randomUUID } from 'node:crypto'

import { placeReply } from '@/comments/domain/threading'
import { lexicalFromBlocks, type TextBlock } from '@/lib/lexical/from-blocks'
import { readingTimeMinutes } from '@/lib/articles/reading-time'
import { slugify } from '@/lib/slugs/slugify'

export type GeneratedArticle = {
  id: string
  title: string
  slug: string
  dek: string
  body: unknown
  sectionId: string
  tagIds: string[]
  authorIds: string[]
  heroImageId: string
  heroCaption: string
  heroCredit: string
  firstPublishedAt: Date
  readingTimeMinutes: number
}

export type GeneratedComment = {
  id: string
  articleId: string
  parentId: string | null
  rootId: string | null
  depth: number
  replyToId: string | null
  replyToName: string | null
  body: string
  status: 'approved' | 'pending' | 'rejected' | 'spam'
  guestName: string
  guestEmail: string
  ipHash: string
  votesUp: number
  votesDown: number
  createdAt: Date
}

export type Pools = { sections: string[]; tags: string[]; authors: string[]; media: string[] }
export type Corpus = { titles: string[]; deks: string[]; paragraphs: string[]; headings: string[] }

/** A small, fast, seeded generator (mulberry32): the same seed gives the same newsroom. */
export function random(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]
  const some = <T>(list: readonly T[], count: number) => {
    const chosen = new Set<T>()
    while (chosen.size < Math.min(count, list.length)) chosen.add(pick(list))
    return [...chosen]
  }
  return { next, int, pick, some }
}

const HOUR = 3_600_000
const NAMES = ['Ana', 'Ben', 'Chloe', 'Dev', 'Eli', 'Fatima', 'Gus', 'Hana', 'Ivo', 'Jo', 'Kai', 'Lena', 'Mo', 'Nia', 'Olek', 'Pia']
const COMMENT_LINES = [
  'This is the third closure this year and nobody at the council seems to have a plan.',
  'Good reporting. Would be useful to see the figures for last winter as well.',
  'I took the ferry this morning and it was packed by seven.',
  'The harbour authority knew about the sandbank for years.',
  'Does anyone know whether the bus replacement runs on Sundays?',
  'Thanks for the clear explanation of the budget, much easier to follow than the council papers.',
  'My street flooded twice last month. The sea wall money cannot come soon enough.',
  'A fair piece, though the headline oversells it a little.',
]

/**
 * Article `n` of the archive: 0 is the newest (the hot story); older ones go back about five years.
 * Bodies run 6 to 24 blocks (roughly 400 to 1,800 words), as news stories do.
 */
export function generateArticle(n: number, total: number, pools: Pools, corpus: Corpus, now: number): GeneratedArticle {
  const r = random(n * 2654435761 + 17)
  const blocks: TextBlock[] = []
  const length = r.int(6, 24)
  for (let i = 0; i < length; i++) {
    if (i > 0 && i % 5 === 0) blocks.push({ type: 'h2', text: r.pick(corpus.headings) })
    else blocks.push({ type: 'p', text: r.pick(corpus.paragraphs) })
  }
  const words = blocks.map((block) => ('text' in block ? block.text : '')).join(' ')
  const title = `${r.pick(corpus.titles)} (${n === 0 ? 'live' : `archive ${total - n}`})`
  return {
    id: randomUUID(),
    title,
    slug: `${slugify(title).slice(0, 60)}-b${n}`,
    dek: r.pick(corpus.deks),
    body: lexicalFromBlocks(blocks),
    sectionId: r.pick(pools.sections),
    tagIds: r.some(pools.tags, r.int(1, 4)),
    authorIds: r.some(pools.authors, r.int(1, 3)),
    heroImageId: r.pick(pools.media),
    heroCaption: 'A generated caption for the benchmark archive.',
    heroCredit: 'Photo: Ledger archive',
    // The hot story was published two hours ago; the archive spreads back about five years.
    firstPublishedAt: new Date(now - 2 * HOUR - (n === 0 ? 0 : (n / total) * 5 * 365 * 24 * HOUR + HOUR)),
    readingTimeMinutes: readingTimeMinutes(words),
  }
}

/**
 * How many comments each article gets: the hot story its share, the rest skewed to recent stories
 * (a reader's attention fades with age), summing exactly to `total`.
 */
export function commentCounts(articles: number, total: number, hot: number): number[] {
  const counts = new Array<number>(articles).fill(0)
  counts[0] = Math.min(hot, total)
  const rest = total - counts[0]
  if (articles < 2 || rest <= 0) return counts
  const weights = Array.from({ length: articles - 1 }, (_, i) => 1 / Math.pow(i + 1, 0.6))
  const sum = weights.reduce((a, b) => a + b, 0)
  let given = 0
  for (let i = 0; i < weights.length; i++) {
    counts[i + 1] = Math.floor((weights[i] / sum) * rest)
    given += counts[i + 1]
  }
  for (let i = 1; given < rest; i = (i % (articles - 1)) + 1, given++) counts[i] += 1
  return counts
}

/** An article's comments in posting order: about a third are replies, threaded like the service does. */
export function generateThread(article: GeneratedArticle, n: number, count: number, maxDepth: number): GeneratedComment[] {
  const r = random(n * 40503 + 99)
  const comments: GeneratedComment[] = []
  const start = article.firstPublishedAt.getTime()
  for (let i = 0; i < count; i++) {
    const candidate = comments.length > 0 && r.next() < 0.35 ? comments[Math.floor(Math.pow(r.next(), 0.5) * comments.length)] : null
    // Replies hang only under approved comments, as the service requires.
    const parent = candidate?.status === 'approved' ? candidate : null
    const placement = placeReply(
      parent && { id: parent.id, depth: parent.depth, parentId: parent.parentId, rootId: parent.rootId },
      maxDepth,
    )
    const roll = r.next()
    const name = `${r.pick(NAMES)} ${String.fromCharCode(65 + r.int(0, 25))}.`
    const votesUp = Math.floor(Math.pow(r.next(), 3) * 40)
    const votesDown = Math.floor(Math.pow(r.next(), 4) * 10)
    comments.push({
      id: randomUUID(),
      articleId: article.id,
      parentId: placement.parentId,
      rootId: placement.rootId,
      depth: placement.depth,
      replyToId: placement.replyToId,
      replyToName: parent ? parent.guestName : null,
      body: `${r.pick(COMMENT_LINES)} ${r.pick(COMMENT_LINES)}`,
      status: roll < 0.92 || parent ? 'approved' : roll < 0.97 ? 'pending' : roll < 0.99 ? 'rejected' : 'spam',
      guestName: name,
      guestEmail: `reader${r.int(1, 50_000)}@example.org`,
      ipHash: r
        .int(1, 2 ** 31)
        .toString(16)
        .padStart(16, '0'),
      votesUp,
      votesDown,
      createdAt: new Date(start + (i / Math.max(1, count)) * 72 * HOUR + r.int(0, 60_000)),
    })
  }
  return comments
}
