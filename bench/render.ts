/**
 * Renders bench/RESULTS.md and the chart again from the last run's figures (bench/results/latest.json),
 * for when the report's wording or the speed-work log changes and the figures do not.
 *   npm run bench:report
 */
import fs from 'node:fs'

import { renderReport, type Measurement, type RunInfo } from './lib/report'

const { info, measurements } = JSON.parse(fs.readFileSync('bench/results/latest.json', 'utf8')) as {
  info: RunInfo
  measurements: Measurement[]
}
const { markdown, svg } = renderReport(info, measurements)
fs.writeFileSync('bench/RESULTS.md', markdown)
fs.writeFileSync('bench/results/chart.svg', svg)
console.log('wrote bench/RESULTS.md and bench/results/chart.svg from bench/results/latest.json')
