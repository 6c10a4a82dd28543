/**
 * The article page's islands bundle against Next's client runtime, side by side in one run:
 * Lighthouse (default mobile settings, Debian's Chromium) on the lead story, alternating between
 * the page as readers get it and the page as a draft-preview cookie gets it, with Next's runtime
 * kept (the entry then leaves the islands to Next; its 71 KB still load, so this side is the old
 * page plus that). Needs a production build (`npm run build`).
 *   npm run bench:lighthouse-islands [-- --runs=5]
 * Writes bench/results/lighthouse-islands.md.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import fs from 'node:fs'
import os from 'node:os'

import { arg } from '../scripts/lib/args'
import { CHROMIUM_ARGS } from '../scripts/lib/chromium-args'
import { CHROMIUM, ensureDebianPackage, toolPath } from '../scripts/lib/debian-package'
import { preparedEnvironment, startServer } from '../tests/http/helpers/server'

const runs = Number(arg('runs', '5'))
const path = '/articles/container-ship-aground-halden-sound-channel-closed'
const sides = [
  ['islands bundle (what readers get)', {}],
  ["Next's runtime (draft-preview cookie)", { cookie: '__prerender_bypass=side-by-side' }],
] as const
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const kb = (bytes: number) => Math.round(bytes / 1024)

await ensureDebianPackage(CHROMIUM)
const environment = await preparedEnvironment('bench-lighthouse-islands')
const server = await startServer(environment, { LOG_LEVEL: 'warn' })
const chrome = await chromeLauncher.launch({ chromePath: toolPath(CHROMIUM), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] })
type Sample = { score: number; lcp: number; tbt: number; js: number; html: number }
const samples = new Map<string, Sample[]>(sides.map(([label]) => [label, []]))
try {
  for (let run = 0; run < runs; run++) {
    for (const [label, extraHeaders] of sides) {
      const result = await lighthouse(`${server.url}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
        extraHeaders,
      })
      if (!result) throw new Error(`Lighthouse gave no result for ${path}`)
      const { categories, audits } = result.lhr
      const requests = (audits['network-requests']?.details as { items?: { resourceType?: string; transferSize?: number }[] }).items ?? []
      const transferred = (type: string) =>
        requests.filter((item) => item.resourceType === type).reduce((sum, item) => sum + (item.transferSize ?? 0), 0)
      const sample = {
        score: Math.round((categories.performance?.score ?? 0) * 100),
        lcp: audits['largest-contentful-paint']?.numericValue ?? 0,
        tbt: audits['total-blocking-time']?.numericValue ?? 0,
        js: transferred('Script'),
        html: transferred('Document'),
      }
      samples.get(label)!.push(sample)
      console.log(`${label}: ${JSON.stringify(sample)}`)
    }
  }
} finally {
  await chrome.kill()
  await server.stop()
  fs.rmSync(environment.dir, { recursive: true, force: true })
}
const rows = [...samples].map(([label, list]) => {
  const of = (key: keyof Sample) => median(list.map((sample) => sample[key]))
  return `| ${label} | ${of('score')} | ${(of('lcp') / 1000).toFixed(2)} s | ${Math.round(of('tbt'))} ms | ${kb(of('js'))} KB | ${kb(of('html'))} KB | ${list.map((sample) => sample.score).join(', ')} |`
})
const report = [
  "# Article page: islands bundle against Next's runtime, Lighthouse mobile",
  '',
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, Debian Chromium. Date: ${new Date().toISOString().slice(0, 10)}.`,
  `Data: the SQLite demo, the lead story. Command: \`npm run bench:lighthouse-islands\` (the two sides alternate; median of ${runs} runs each; sizes as transferred).`,
  '',
  '| page | performance | LCP | TBT | JavaScript | HTML | every run |',
  '|---|---|---|---|---|---|---|',
  ...rows,
  '',
].join('\n')
fs.mkdirSync('bench/results', { recursive: true })
fs.writeFileSync('bench/results/lighthouse-islands.md', report)
console.log(report)
