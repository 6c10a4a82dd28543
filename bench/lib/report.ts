/**
 * bench/RESULTS.md and the chart, from one run's measurements. The speed-work log
 * (bench/speed-work.md, written by hand from before/after runs) is carried into the report.
 */
import fs from 'node:fs'

import type { Generated } from '../generate'
import type { LoadResult } from './load'
import type { Layer } from './scenarios'
import type { PostOutcome } from './workloads'

export type Measurement = LoadResult & { scenario: string; layer: Layer; label: string }

export type RunInfo = {
  date: string
  machine: string
  engine: string
  data: Generated
  seconds: number
  connections: number
  coldStart: number
  comments: Omit<PostOutcome, 'result'>
  spikes: { label: string; renders: number; slowestMs: number }[]
  soak: { rate: number; samples: number[]; rssStartMb: number; rssEndMb: number; growthPercent: number }
  command: string
}

const n = (value: number) => Math.round(value).toLocaleString('en')
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–')

function find(measurements: Measurement[], scenario: string, label: string): Measurement | undefined {
  return measurements.find((m) => m.scenario === scenario && m.label === label)
}

type Verdict = { target: string; measured: string; met: boolean }

/** How far below a floor a figure is, for a missed throughput target. */
const below = (value: number, floor: number) => `, ${Math.round((1 - value / floor) * 100)}% short`

function verdicts(info: RunInfo, m: Measurement[]): Verdict[] {
  const get = (scenario: string, label: string) => find(m, scenario, label)
  const list: Verdict[] = []
  const check = (target: string, measured: string, met: boolean) => list.push({ target, measured, met })
  const page = get('article page', 'page, cached')
  const notModified = get('article page', 'page, 304 revalidation')
  const l1 = get('article by slug', 'bytes from memory')
  const l0 = get('article by slug', 'raw SQL + JSON')
  const cachedRead = get('article by slug', 'REST, cached')
  const uncachedRead = get('article by slug', 'REST, uncached')
  const stock = get('article by slug', 'stock Payload REST (depth 2, no cache)')
  const thread = get('hot comment thread', 'REST, uncached')
  const related = get('related stories', 'REST, uncached')
  const post = m.find((x) => x.scenario === 'comment POST')
  if (page) {
    const met = page.rps >= 3000 && page.p95 < 10
    check(
      'article page, cached: ≥ 3,000 req/s, p95 < 10 ms',
      `${n(page.rps)} req/s, p95 ${page.p95} ms${page.rps < 3000 ? below(page.rps, 3000) : ''}`,
      met,
    )
  }
  if (notModified)
    check(
      '304 revalidation ≥ 5,000 req/s',
      `${n(notModified.rps)} req/s${notModified.rps < 5000 ? below(notModified.rps, 5000) : ''}`,
      notModified.rps >= 5000,
    )
  if (cachedRead && l1)
    check('cached article read ≥ 50% of L1', `${((cachedRead.rps / l1.rps) * 100).toFixed(0)}% of L1`, cachedRead.rps >= l1.rps / 2)
  if (uncachedRead && l0) {
    const times = uncachedRead.p50 / Math.max(l0.p50, 1)
    check('uncached article read ≤ 2× L0 latency (p50)', `${ratio(times)} (${uncachedRead.p50} vs ${l0.p50} ms)`, times <= 2)
  }
  for (const [what, read] of [
    ['cached', cachedRead],
    ['uncached', uncachedRead],
  ] as const) {
    if (read && stock) check(`${what} article read ≥ 5× stock Payload REST`, ratio(read.rps / stock.rps), read.rps >= 5 * stock.rps)
  }
  if (thread) check('hot thread page (uncached) p95 < 30 ms', `p95 ${thread.p95} ms`, thread.p95 < 30)
  if (post) {
    const { lost, doubled } = info.comments
    const measured = `${n(post.rps)}/s${post.rps < 300 ? below(post.rps, 300) : ''}, p95 ${post.p95} ms, ${lost} lost, ${doubled} doubled`
    check(
      'comment POST ≥ 300/s, p95 < 100 ms, none lost or doubled',
      measured,
      post.rps >= 300 && post.p95 < 100 && lost === 0 && doubled === 0,
    )
  }
  if (related) check('related stories (uncached) p95 < 20 ms', `p95 ${related.p95} ms`, related.p95 < 20)
  check('cold start to ready < 3 s', `${info.coldStart.toFixed(2)} s`, info.coldStart < 3)
  check('RSS growth over the soak < 10%', `${info.soak.growthPercent.toFixed(1)}%`, info.soak.growthPercent < 10)
  const fives = m.reduce((sum, x) => sum + x.errors5xx, 0)
  check('zero 5xx in every scenario', `${fives} 5xx`, fives === 0)
  return list
}

const LAYER_COLOURS: Record<Layer, string> = { L0: '#6b7280', L1: '#9ca3af', L2: '#2563eb', L3: '#059669', stock: '#dc2626' }

/** Two bar panels, throughput and p95 per scenario and layer. Plain SVG: no chart library needed for bars. */
export function chart(measurements: Measurement[]): string {
  const rowHeight = 20
  const labelWidth = 360
  const panel = 300
  const top = 48
  const height = top + measurements.length * rowHeight + 40
  const width = labelWidth + 2 * panel + 80
  const maxRps = Math.max(...measurements.map((m) => m.rps))
  const maxP95 = Math.max(...measurements.map((m) => m.p95), 1)
  const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  const rows = measurements.map((m, i) => {
    const y = top + i * rowHeight
    const rpsWidth = Math.max(1, (m.rps / maxRps) * (panel - 60))
    const p95Width = Math.max(1, (m.p95 / maxP95) * (panel - 60))
    const colour = LAYER_COLOURS[m.layer]
    return [
      `<text x="${labelWidth - 8}" y="${y + 14}" text-anchor="end">${esc(`${m.scenario} · ${m.layer} ${m.label}`)}</text>`,
      `<rect x="${labelWidth}" y="${y + 3}" width="${rpsWidth.toFixed(1)}" height="${rowHeight - 6}" fill="${colour}"/>`,
      `<text x="${labelWidth + rpsWidth + 4}" y="${y + 14}">${n(m.rps)}</text>`,
      `<rect x="${labelWidth + panel + 40}" y="${y + 3}" width="${p95Width.toFixed(1)}" height="${rowHeight - 6}" fill="${colour}"/>`,
      `<text x="${labelWidth + panel + 44 + p95Width}" y="${y + 14}">${m.p95} ms</text>`,
    ].join('')
  })
  const legend = (Object.keys(LAYER_COLOURS) as Layer[])
    .map(
      (layer, i) =>
        `<rect x="${labelWidth + i * 90}" y="${height - 24}" width="12" height="12" fill="${LAYER_COLOURS[layer]}"/><text x="${labelWidth + i * 90 + 16}" y="${height - 14}">${layer}</text>`,
    )
    .join('')
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${labelWidth}" y="24" font-weight="bold">Throughput (req/s)</text>`,
    `<text x="${labelWidth + panel + 40}" y="24" font-weight="bold">Latency p95 (ms)</text>`,
    ...rows,
    legend,
    '</svg>',
  ].join('\n')
}

export function renderReport(info: RunInfo, m: Measurement[]): { markdown: string; svg: string } {
  const scenarios = [...new Set(m.map((x) => x.scenario))]
  const tables = scenarios.flatMap((scenario) => {
    const rows = m.filter((x) => x.scenario === scenario)
    const l0 = rows.find((x) => x.layer === 'L0') ?? find(m, 'article by slug', 'raw SQL + JSON')
    const l1 = rows.find((x) => x.layer === 'L1')
    const stock = find(m, 'article by slug', 'stock Payload REST (depth 2, no cache)')
    return [
      `### ${scenario}`,
      '',
      '| layer | what | connections | req/s | p50 ms | p95 ms | p99 ms | 5xx | req/s vs L1 | p50 vs L0 | req/s vs stock |',
      '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...rows.map(
        (x) =>
          `| ${x.layer} | ${x.label} | ${x.connections} | ${n(x.rps)} | ${x.p50} | ${x.p95} | ${x.p99} | ${x.errors5xx} | ${l1 ? ratio(x.rps / l1.rps) : '–'} | ${l0 && rows.includes(l0) ? ratio(x.p50 / Math.max(l0.p50, 1)) : '–'} | ${stock ? ratio(x.rps / stock.rps) : '–'} |`,
      ),
      '',
    ]
  })
  const speedWork = fs.existsSync('bench/speed-work.md') ? fs.readFileSync('bench/speed-work.md', 'utf8') : ''
  const markdown = [
    '# Benchmark results',
    '',
    `Machine: ${info.machine}. Date: ${info.date}. Engine: ${info.engine}.`,
    `Data (${info.data.scale} scale): ${n(info.data.articles)} generated articles on top of the demo, ${n(info.data.comments)} comments, the hot story with ${n(info.data.hot.comments)}; generated in ${info.data.seconds.articles} s (articles), ${info.data.seconds.comments} s (comments), ${info.data.seconds.search} s (search index), ${info.data.seconds.related} s (related lists for ${info.data.sample.length}).`,
    `Reproduce: \`${info.command}\`. Each measurement: ${info.seconds} s of autocannon after a 1 s warm-up, client and server on the same 2 cores, one after another in one run. Answers from memory are driven by 16 connections; work (queries, renders, writes) by 4, twice the cores, so latency is the work's and not a queue's.`,
    '',
    'Layers: **L0** the raw SQL the read needs plus `JSON.stringify`, **L1** the same bytes from memory, **L2** the Payload Local API call, each behind bare Node `http` in a process of its own; **L3** our service (Express edge, Next, Payload); **stock** the plain Payload REST read a front end would otherwise make (`depth=2`, no cache). "Uncached" requests carry an Authorization header, which keeps them out of the edge cache.',
    '',
    '![Throughput and p95 per scenario and layer](results/chart.svg)',
    '',
    '## Targets',
    '',
    '| target | measured | met |',
    '|---|---|---|',
    ...verdicts(info, m).map((v) => `| ${v.target} | ${v.measured} | ${v.met ? 'yes' : '**no**'} |`),
    '',
    '## Scenarios',
    '',
    ...tables,
    '## Writes, spike, soak, start',
    '',
    `- Comment POSTs: ${n(info.comments.accepted)} keys accepted (2xx), ${n(info.comments.stored)} comments stored, ${info.comments.doubled} doubled, ${info.comments.lost} lost; about one request in ten retried an earlier key.`,
    ...info.spikes.map(
      (s) =>
        `- Breaking-news spike, ${s.label}: a story published and opened at once by ${info.connections * 4} connections: ${s.renders} full renders, slowest answer ${Math.round(s.slowestMs)} ms.`,
    ),
    `- Soak: the mixed load at ${info.soak.rate} req/s; server RSS ${info.soak.rssStartMb.toFixed(0)} MB after warm-up → ${info.soak.rssEndMb.toFixed(0)} MB at the end (${info.soak.growthPercent.toFixed(1)}%); samples every 5 s: ${info.soak.samples.map((s) => s.toFixed(0)).join(', ')} MB.`,
    `- Cold start: ${info.coldStart.toFixed(2)} s from spawning the server to \`/readyz\` answering 200 (polled every 200 ms).`,
    '',
    speedWork,
  ].join('\n')
  return { markdown, svg: chart(m) }
}
