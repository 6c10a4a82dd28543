/**
 * The reader site's page weights and time to first byte, cached and uncached, and the throughput of
 * a cached article page and of its 304 revalidation, against the production server on the SQLite
 * demo (figures on these 2-core machines are noisy: compare within a run).
 *   npm run bench:site [-- --samples=30 --seconds=8]
 * Needs a production build (`npm run build`). Writes bench/results/site.md.
 */
import autocannon from 'autocannon'
import fs from 'node:fs'
import os from 'node:os'
import { gzipSync } from 'node:zlib'

import { chromium, type Browser } from 'playwright-core'

import { CHROMIUM_ARGS } from '../scripts/lib/chromium-args'
import { CHROMIUM, ensureDebianPackage, toolPath } from '../scripts/lib/debian-package'
import { preparedEnvironment, startServer } from '../tests/http/helpers/server'
import { arg } from '../scripts/lib/args'

const samples = Number(arg('samples', '30'))
const seconds = Number(arg('seconds', '8'))
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/** Time to the first byte of the body, in milliseconds. */
async function ttfb(url: string, headers: Record<string, string> = {}): Promise<number> {
  const started = performance.now()
  const response = await fetch(url, { headers })
  const reader = response.body!.getReader()
  await reader.read()
  const elapsed = performance.now() - started
  await reader.cancel()
  return elapsed
}

async function weight(base: string, path: string) {
  const html = Buffer.from(await (await fetch(`${base}${path}`)).arrayBuffer())
  const scripts = [...new Set([...html.toString().matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]))]
  let js = 0
  let jsGzip = 0
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())
    js += body.length
    jsGzip += gzipSync(body).length
  }
  return { html: html.length, htmlGzip: gzipSync(html).length, js, jsGzip, scripts: scripts.length }
}

const KINDS = ['document', 'stylesheet', 'script', 'font', 'image'] as const
type Kind = (typeof KINDS)[number]

/**
 * What a phone downloads to show a page, first visit, before any scrolling: bytes on the wire
 * (compressed where the server compressed) by kind, as Chromium counts them at 390 × 844, 2× pixels.
 */
async function phoneWeights(browser: Browser, url: string): Promise<Record<Kind, number>> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true })
  const page = await context.newPage()
  const totals = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>
  const pending: Promise<void>[] = []
  page.on('requestfinished', (request) => {
    const kind = request.resourceType() as Kind
    if (!KINDS.includes(kind)) return
    pending.push(
      request.sizes().then(async (sizes) => {
        // Chromium does not report the page's own body size on the wire: gzip of the HTML, as sent.
        if (kind === 'document') {
          const body = await (await request.response())?.body().catch(() => null) // a redirect has none
          totals[kind] += body ? gzipSync(body).length : 0
        } else totals[kind] += Math.max(0, sizes.responseBodySize)
      }),
    )
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  await Promise.all(pending)
  await context.close()
  return totals
}

async function load(url: string, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, connections: 16, duration: seconds, headers })
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx - (headers['if-none-match'] ? result.non2xx : 0),
  }
}

const environment = await preparedEnvironment('bench-site')
const server = await startServer(environment, { LOG_LEVEL: 'warn' })
const base = server.url
try {
  const first = (await (await fetch(`${base}/api/articles?limit=1&depth=1&sort=-firstPublishedAt`)).json()) as {
    docs: { slug: string; section: { slug: string }; tags: { slug: string }[]; authors: { slug: string }[] }[]
  }
  const article = first.docs[0]
  const pages: [string, string][] = [
    ['home', '/'],
    ['article', `/articles/${article.slug}`],
    ['section', `/sections/${article.section.slug}`],
    ['tag', `/tags/${article.tags[0].slug}`],
    ['author', `/authors/${article.authors[0].slug}`],
    ['search', '/search?q=harbour'],
    ['RSS feed', '/feed.xml'],
  ]
  await ensureDebianPackage(CHROMIUM)
  const browser = await chromium.launch({ executablePath: toolPath(CHROMIUM), headless: true, args: CHROMIUM_ARGS })
  const phoneRows: string[] = []
  for (const [label, path] of pages.filter(([, path]) => !path.endsWith('.xml'))) {
    const weights = await phoneWeights(browser, `${base}${path}`)
    const total = KINDS.reduce((sum, kind) => sum + weights[kind], 0)
    phoneRows.push(`| ${label} | ${KINDS.map((kind) => kb(weights[kind])).join(' | ')} | ${kb(total)} |`)
  }
  await browser.close()
  const rows: string[] = []
  for (const [label, path] of pages) {
    const sizes = await weight(base, path)
    const uncached: number[] = []
    const cached: number[] = []
    for (let i = 0; i < samples; i++) {
      // An Authorization header (any value) keeps a request out of the cache: a full render, as anonymous when the token is no good.
      uncached.push(await ttfb(`${base}${path}`, { authorization: 'JWT bench' }))
      cached.push(await ttfb(`${base}${path}`))
    }
    const row = `| ${label} | ${kb(sizes.html)} (${kb(sizes.htmlGzip)}) | ${kb(sizes.js)} (${kb(sizes.jsGzip)}), ${sizes.scripts} files | ${median(uncached).toFixed(1)} ms | ${median(cached).toFixed(2)} ms |`
    console.log(row)
    rows.push(row)
  }
  const articleUrl = `${base}/articles/${article.slug}`
  const etag = (await fetch(articleUrl)).headers.get('etag') ?? ''
  const cachedLoad = await load(articleUrl)
  const revalidations = await load(articleUrl, { 'if-none-match': etag })
  const report = [
    '# Reader site: page weights, time to first byte, cached throughput',
    '',
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}.`,
    `Data: the SQLite demo (28 articles). Command: \`npm run bench:site\` (samples ${samples}, load ${seconds} s at 16 connections, autocannon on the same machine).`,
    '',
    '| page | HTML (gzip) | JavaScript (gzip) | TTFB uncached, median | TTFB cached, median |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    '"Uncached" is a full server render (a request carrying an Authorization header bypasses the cache); "cached" is the edge',
    "cache's answer from memory. JavaScript is every script the page loads (Next's runtime and the islands).",
    '',
    '## What a phone downloads, first visit, before scrolling',
    '',
    'Bytes on the wire by kind, as Chromium counts them at 390 × 844 with 2× pixels (lazy images below the fold not yet loaded).',
    '',
    '| page | HTML | CSS | JavaScript | fonts | images | total |',
    '|---|---|---|---|---|---|---|',
    ...phoneRows,
    '',
    '| load on one article page | req/s | p50 | p97.5 | p99 | errors |',
    '|---|---|---|---|---|---|',
    `| cached 200 | ${cachedLoad.rps.toFixed(0)} | ${cachedLoad.p50} ms | ${cachedLoad.p97_5} ms | ${cachedLoad.p99} ms | ${cachedLoad.errors} |`,
    `| 304 revalidation (If-None-Match) | ${revalidations.rps.toFixed(0)} | ${revalidations.p50} ms | ${revalidations.p97_5} ms | ${revalidations.p99} ms | ${revalidations.errors} |`,
    '',
  ].join('\n')
  fs.mkdirSync('bench/results', { recursive: true })
  fs.writeFileSync('bench/results/site.md', report)
  console.log(report)
} finally {
  await server.stop()
  fs.rmSync(environment.dir, { recursive: true, force: true })
}
