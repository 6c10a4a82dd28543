/**
 * Lighthouse (npm `lighthouse`, its default mobile settings: a mid-range phone on slow 4G, simulated)
 * on the home, article, section and search pages of the production server on the SQLite demo, in
 * Debian's Chromium. Three runs a page; the median score of each category is reported.
 *   npm run bench:lighthouse [-- --runs=3]
 * Needs a production build (`npm run build`). Writes bench/results/lighthouse.md.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import fs from 'node:fs'
import os from 'node:os'

import { arg } from '../scripts/lib/args'
import { CHROMIUM_ARGS } from '../scripts/lib/chromium-args'
import { CHROMIUM, ensureDebianPackage, toolPath } from '../scripts/lib/debian-package'
import { preparedEnvironment, startServer } from '../tests/http/helpers/server'

const runs = Number(arg('runs', '3'))
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

await ensureDebianPackage(CHROMIUM)
const environment = await preparedEnvironment('bench-lighthouse')
const server = await startServer(environment, { LOG_LEVEL: 'warn' })
const chrome = await chromeLauncher.launch({
  chromePath: toolPath(CHROMIUM),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
})
try {
  const lead = 'container-ship-aground-halden-sound-channel-closed'
  const pages: [string, string][] = [
    ['home', '/'],
    ['article', `/articles/${lead}`],
    ['section', '/sections/politics'],
    ['search', '/search?q=harbour'],
  ]
  const rows: string[] = []
  const failures: string[] = []
  for (const [label, path] of pages) {
    const scores: Record<string, number[]> = Object.fromEntries(CATEGORIES.map((category) => [category, []]))
    const metrics: { lcp: number[]; tbt: number[]; cls: number[] } = { lcp: [], tbt: [], cls: [] }
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(`${server.url}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      })
      if (!result) throw new Error(`Lighthouse gave no result for ${path}`)
      const { categories, audits } = result.lhr
      for (const category of CATEGORIES) scores[category].push(Math.round((categories[category]?.score ?? 0) * 100))
      metrics.lcp.push(audits['largest-contentful-paint']?.numericValue ?? 0)
      metrics.tbt.push(audits['total-blocking-time']?.numericValue ?? 0)
      metrics.cls.push(audits['cumulative-layout-shift']?.numericValue ?? 0)
      if (run === 0) {
        for (const category of CATEGORIES.slice(1)) {
          for (const ref of categories[category]?.auditRefs ?? []) {
            const audit = audits[ref.id]
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failures.push(`${label} · ${category}: ${audit.title}`)
          }
        }
      }
    }
    const row = `| ${label} | ${CATEGORIES.map((category) => median(scores[category])).join(' | ')} | ${(median(metrics.lcp) / 1000).toFixed(2)} s | ${Math.round(median(metrics.tbt))} ms | ${median(metrics.cls).toFixed(3)} |`
    console.log(row)
    rows.push(row)
  }
  const report = [
    '# Reader site: Lighthouse, mobile',
    '',
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, Debian Chromium. Date: ${new Date().toISOString().slice(0, 10)}.`,
    `Data: the SQLite demo. Command: \`npm run bench:lighthouse\` (Lighthouse's default mobile settings: simulated slow 4G and a 4× slower CPU; median of ${runs} runs).`,
    '',
    '| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    failures.length > 0 ? 'Audits below full marks (first run):' : 'Every weighted audit of accessibility, best practices and SEO passed.',
    '',
    ...[...new Set(failures)].map((failure) => `- ${failure}`),
    '',
  ].join('\n')
  fs.mkdirSync('bench/results', { recursive: true })
  fs.writeFileSync('bench/results/lighthouse.md', report)
  console.log(report)
} finally {
  await chrome.kill()
  await server.stop()
  fs.rmSync(environment.dir, { recursive: true, force: true })
}
