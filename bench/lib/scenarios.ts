/**
 * What the benchmark measures: each scenario is a list of layers hit one after another in the same
 * run (L0 raw SQL, L1 bytes from memory, L2 Local API, L3 our HTTP service, and the stock Payload
 * REST read), so their ratios hold on a noisy machine.
 */
import type { Generated } from '../generate'

export type Layer = 'L0' | 'L1' | 'L2' | 'L3' | 'stock'

export type Target = { url: string; headers?: Record<string, string>; method?: 'GET' | 'POST'; body?: string }

/**
 * Each step's connections: answers from memory take 16, enough to saturate the server; work (a
 * query, a render) takes 4, twice the cores, so throughput is near its ceiling while latency stays
 * the time of the work rather than the wait in a queue of 16.
 */
export const MEMORY_CONNECTIONS = 16
export const WORK_CONNECTIONS = 4

export type Step = { scenario: string; layer: Layer; label: string; target: Target; connections: number }

/** An Authorization header (any value) keeps a request out of the edge cache: Payload then serves it as anonymous. */
export const BYPASS = { authorization: 'JWT bench-bypass' }

export const ARTICLE_QUERY = `query Article($slug: String) {
  Articles(where: { slug: { equals: $slug } }, limit: 1) {
    docs { id title kicker dek slug firstPublishedAt commentCount body
      section { name slug } authors { name slug } tags { name slug }
      hero { caption credit image { url alt width height } } }
  }
}`

/** Served from memory: L1, and our answers from the edge cache (cached reads, 304s). */
const fromMemory = (step: Omit<Step, 'connections'>) => step.layer === 'L1' || /^(REST|page), (cached|304)/.test(step.label)

/** What every browser and CDN sends: the edge answers it with its stored gzip copy, and compresses renders. */
const GZIP = { 'accept-encoding': 'gzip' }

export function readSteps(service: string, floor: string, data: Generated, sectionId: string): Step[] {
  return stepsFor(service, floor, data, sectionId).map((step) => ({
    ...step,
    target: step.target.url.startsWith(service) ? { ...step.target, headers: { ...GZIP, ...step.target.headers } } : step.target,
    connections: fromMemory(step) ? MEMORY_CONNECTIONS : WORK_CONNECTIONS,
  }))
}

function stepsFor(service: string, floor: string, data: Generated, sectionId: string): Omit<Step, 'connections'>[] {
  const article = data.sample[1]
  const slug = encodeURIComponent(article.slug)
  const restRead = `${service}/api/articles?where[slug][equals]=${slug}&depth=1&limit=1`
  const sectionList = `${service}/api/articles?where[section][equals]=${sectionId}&sort=-firstPublishedAt&limit=20&depth=1`
  const thread = `${service}/api/articles/${data.hot.id}/comments?limit=20`
  const gql = JSON.stringify({ query: ARTICLE_QUERY, variables: { slug: article.slug } })
  return [
    { scenario: 'article by slug', layer: 'L0', label: 'raw SQL + JSON', target: { url: `${floor}/l0/article?slug=${slug}` } },
    { scenario: 'article by slug', layer: 'L1', label: 'bytes from memory', target: { url: `${floor}/l1/article` } },
    { scenario: 'article by slug', layer: 'L2', label: 'Local API find (depth 1)', target: { url: `${floor}/l2/article?slug=${slug}` } },
    { scenario: 'article by slug', layer: 'L3', label: 'REST, cached', target: { url: restRead } },
    { scenario: 'article by slug', layer: 'L3', label: 'REST, uncached', target: { url: restRead, headers: BYPASS } },
    {
      scenario: 'article by slug',
      layer: 'L3',
      label: 'GraphQL (POST, uncached)',
      target: { url: `${service}/api/graphql`, method: 'POST', body: gql, headers: { 'content-type': 'application/json' } },
    },
    {
      scenario: 'article by slug',
      layer: 'stock',
      label: 'stock Payload REST (depth 2, no cache)',
      target: { url: `${service}/api/articles?where[slug][equals]=${slug}&depth=2`, headers: BYPASS },
    },
    { scenario: 'article page', layer: 'L1', label: 'bytes from memory', target: { url: `${floor}/l1/page` } },
    { scenario: 'article page', layer: 'L3', label: 'page, cached', target: { url: `${service}/articles/${slug}` } },
    {
      scenario: 'article page',
      layer: 'L3',
      label: 'page, 304 revalidation',
      target: { url: `${service}/articles/${slug}`, headers: { 'if-none-match': '' } },
    },
    {
      scenario: 'article page',
      layer: 'L3',
      label: 'page, uncached render',
      target: { url: `${service}/articles/${slug}`, headers: BYPASS },
    },
    { scenario: 'section list', layer: 'L0', label: 'raw SQL + JSON', target: { url: `${floor}/l0/section?id=${sectionId}` } },
    { scenario: 'section list', layer: 'L2', label: 'Local API find (depth 1)', target: { url: `${floor}/l2/section?id=${sectionId}` } },
    { scenario: 'section list', layer: 'L3', label: 'REST, cached', target: { url: sectionList } },
    { scenario: 'section list', layer: 'L3', label: 'REST, uncached', target: { url: sectionList, headers: BYPASS } },
    { scenario: 'hot comment thread', layer: 'L0', label: 'raw SQL + JSON', target: { url: `${floor}/l0/thread?article=${data.hot.id}` } },
    {
      scenario: 'hot comment thread',
      layer: 'L2',
      label: 'Local API find ×2',
      target: { url: `${floor}/l2/thread?article=${data.hot.id}` },
    },
    { scenario: 'hot comment thread', layer: 'L3', label: 'REST, cached', target: { url: thread } },
    { scenario: 'hot comment thread', layer: 'L3', label: 'REST, uncached', target: { url: thread, headers: BYPASS } },
    {
      scenario: 'related stories',
      layer: 'L3',
      label: 'REST, cached',
      target: { url: `${service}/api/articles/${article.id}/related?limit=4` },
    },
    {
      scenario: 'related stories',
      layer: 'L3',
      label: 'REST, uncached',
      target: { url: `${service}/api/articles/${article.id}/related?limit=4`, headers: BYPASS },
    },
    { scenario: 'search', layer: 'L3', label: 'REST, cached', target: { url: `${service}/api/search?q=harbour%20ferry` } },
    {
      scenario: 'search',
      layer: 'L3',
      label: 'REST, uncached',
      target: { url: `${service}/api/search?q=harbour%20ferry`, headers: BYPASS },
    },
  ]
}

/** The mixed load's shares, in percent. */
export const MIX = { article: 60, list: 12, comments: 12, post: 8, graphql: 5, publish: 3 }
