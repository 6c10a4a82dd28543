/**
 * The benchmark's write, mixed, spike and soak workloads against the started service.
 */
import fs from 'node:fs'

import { lexicalFromBlocks } from '@/lib/lexical/from-blocks'
import type { Generated } from '../generate'
import { load, type LoadResult } from './load'
import { ARTICLE_QUERY, MIX } from './scenarios'

/** Comments publish at once and no rate limit refuses them: what the benchmarks measure is the write path. */
export const WRITE_PATH_SETTINGS = {
  mode: 'pre-until-trusted',
  trustedAfterApproved: 0,
  readerRateLimit: { max: 0, windowSeconds: 60 },
  ipRateLimit: { max: 0, windowSeconds: 60 },
}

const auth = (token: string) => ({ authorization: `JWT ${token}`, 'content-type': 'application/json' })
// The form was shown a minute ago: the "posted too fast" rule does not apply.
const shownAt = () => new Date(Date.now() - 60_000).toISOString()

/** A stream of comment posts with unique Idempotency-Keys, about one in ten a retry of an earlier key. */
function commentPoster(token: string, articles: { id: string }[], runId: string) {
  const sent: { key: string; body: string }[] = []
  return {
    sent,
    next(context: Record<string, unknown>) {
      const retry = sent.length > 10 && Math.random() < 0.1
      const entry = retry
        ? sent[Math.floor(Math.random() * sent.length)]
        : {
            key: `${runId}-${sent.length}`,
            body: JSON.stringify({
              article: articles[sent.length % articles.length].id,
              body: `Benchmark comment ${runId} #${sent.length}: the ferry timetable is better than the bridge ever was.`,
              formShownAt: shownAt(),
            }),
          }
      if (!retry) sent.push(entry)
      context.key = entry.key
      return { method: 'POST', path: '/api/comments', headers: { ...auth(token), 'idempotency-key': entry.key }, body: entry.body }
    },
  }
}

async function storedBodies(service: string, token: string, runId: string): Promise<string[]> {
  const bodies: string[] = []
  for (let page = 1; ; page++) {
    const response = await fetch(
      `${service}/api/comments?where[body][contains]=${runId}&limit=100&page=${page}&depth=0&select[body]=true`,
      { headers: auth(token) },
    )
    const result = (await response.json()) as { docs?: { body: string }[]; hasNextPage: boolean; errors?: unknown }
    if (!result.docs) throw new Error(`counting stored comments: ${response.status} ${JSON.stringify(result).slice(0, 300)}`)
    bodies.push(...result.docs.map((doc) => doc.body))
    if (!result.hasNextPage) return bodies
  }
}

export type PostOutcome = { result: LoadResult; accepted: number; stored: number; doubled: number; lost: number }

/** Comment POSTs at full speed; then every accepted key must be stored exactly once. */
export async function postComments(options: {
  service: string
  token: string
  articles: { id: string }[]
  seconds: number
  connections: number
}): Promise<PostOutcome> {
  const runId = `run${Date.now().toString(36)}`
  const poster = commentPoster(options.token, options.articles, runId)
  const acceptedKeys = new Set<string>()
  const result = await load({
    url: `${options.service}/api/comments`,
    seconds: options.seconds,
    connections: options.connections,
    next: (context) => poster.next(context),
    onResponse: (status, _body, context) => status < 300 && acceptedKeys.add(String(context.key)),
  })
  const bodies = await storedBodies(options.service, options.token, runId)
  const distinct = new Set(bodies.map((body) => body.match(/#(\d+):/)?.[1]))
  const acceptedIds = new Set([...acceptedKeys].map((key) => key.split('-').pop()))
  return {
    result,
    accepted: acceptedKeys.size,
    stored: bodies.length,
    doubled: bodies.length - distinct.size,
    lost: [...acceptedIds].filter((id) => !distinct.has(id)).length,
  }
}

type MixOptions = { service: string; reader: string; editor: string; data: Generated; seconds: number; connections: number; rate?: number }

/** 60% article pages, 12% section pages, 12% comment threads, 8% comment POSTs, 5% GraphQL, 3% publishes. */
async function mixedRequests(options: MixOptions) {
  const sections = ((await (await fetch(`${options.service}/api/sections?limit=20&depth=0`)).json()) as { docs: { slug: string }[] }).docs
  const reads = options.data.sample.slice(0, 30)
  const edited = options.data.sample.slice(10, 40)
  const poster = commentPoster(options.reader, options.data.sample.slice(2, 12), `mix${Date.now().toString(36)}`)
  let edits = 0
  const thresholds = Object.entries(MIX).reduce<[string, number][]>(
    (list, [name, share]) => [...list, [name, (list.at(-1)?.[1] ?? 0) + share]],
    [],
  )
  return (context: Record<string, unknown>) => {
    const roll = Math.random() * 100
    const kind = thresholds.find(([, upTo]) => roll < upTo)?.[0] ?? 'article'
    const any = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]
    switch (kind) {
      case 'list':
        return { path: `/sections/${any(sections).slug}` }
      case 'comments':
        return { path: `/api/articles/${any(reads).id}/comments?limit=20` }
      case 'post':
        return poster.next(context)
      case 'graphql':
        return {
          method: 'POST',
          path: '/api/graphql',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: ARTICLE_QUERY, variables: { slug: any(reads).slug } }),
        }
      case 'publish':
        // An editor saves a published story: the hooks purge its page, lists and feeds everywhere.
        return {
          method: 'PATCH',
          path: `/api/articles/${any(edited).id}?depth=0`,
          headers: auth(options.editor),
          body: JSON.stringify({ dek: `Updated at ${new Date().toISOString()} (edit ${++edits}).`, _status: 'published' }),
        }
      default:
        return { path: `/articles/${any(reads).slug}` }
    }
  }
}

export async function mixedLoad(options: MixOptions): Promise<LoadResult> {
  const next = await mixedRequests(options)
  return load({ url: `${options.service}/`, seconds: options.seconds, connections: options.connections, rate: options.rate, next })
}

type CacheStats = { hits: number; misses: number; collapsed: number }

async function cacheStats(service: string): Promise<CacheStats> {
  return ((await (await fetch(`${service}/healthz`)).json()) as { pageCache: CacheStats }).pageCache
}

/** A breaking story is published and at once many readers open it: a cold page under a crowd. */
export async function spike(options: { service: string; editor: string; seconds: number; connections: number }) {
  const [section] = ((await (await fetch(`${options.service}/api/sections?limit=1&depth=0`)).json()) as { docs: { id: string }[] }).docs
  const [author] = ((await (await fetch(`${options.service}/api/authors?limit=1&depth=0`)).json()) as { docs: { id: string }[] }).docs
  const [image] = ((await (await fetch(`${options.service}/api/media?limit=1&depth=0`)).json()) as { docs: { id: string }[] }).docs
  const title = `Breaking: harbour bridge reopens early ${Date.now().toString(36)}`
  const response = await fetch(`${options.service}/api/articles?depth=0`, {
    method: 'POST',
    headers: auth(options.editor),
    body: JSON.stringify({
      title,
      dek: 'Engineers finished the repairs three weeks ahead of schedule.',
      section: section.id,
      authors: [author.id],
      hero: { image: image.id, caption: 'The bridge at dawn.', credit: 'Photo: Ledger' },
      body: lexicalFromBlocks([{ type: 'p', text: 'The Harbour Bridge reopened to traffic this morning, three weeks early.' }]),
      _status: 'published',
    }),
  })
  const created = (await response.json()) as { doc?: { slug: string } }
  if (!created.doc) throw new Error(`publishing the breaking story: ${response.status} ${JSON.stringify(created).slice(0, 300)}`)
  const before = await cacheStats(options.service)
  const result = await load({
    url: `${options.service}/articles/${created.doc.slug}`,
    seconds: options.seconds,
    connections: options.connections,
  })
  const after = await cacheStats(options.service)
  // Misses that waited for another request's render rendered nothing themselves.
  return { result, slowestMs: result.max, renders: after.misses - after.collapsed - (before.misses - before.collapsed) }
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024
}

/** The mixed load at a steady rate for a long time, sampling the server's resident memory. */
export async function soak(options: Omit<MixOptions, 'connections' | 'rate'> & { pid: number }) {
  const rate = 200
  const samples: number[] = []
  const timer = setInterval(() => samples.push(rssMb(options.pid)), 5_000)
  const result = await mixedLoad({ ...options, connections: 8, rate })
  clearInterval(timer)
  samples.push(rssMb(options.pid))
  // Growth after warm-up: the last fifth of the samples against the second fifth.
  const fifth = Math.max(1, Math.floor(samples.length / 5))
  const average = (list: number[]) => list.reduce((a, b) => a + b, 0) / list.length
  const start = average(samples.slice(fifth, 2 * fifth))
  const end = average(samples.slice(-fifth))
  return { result, rate, samples, rssStartMb: start, rssEndMb: end, growthPercent: ((end - start) / start) * 100 }
}
