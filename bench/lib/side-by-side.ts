/**
 * The small benchmarks' shape: a few requests against one server, each probed (it must answer 200),
 * warmed for a second and then loaded at 4 connections, all in one run so the rows compare; and the
 * Markdown table and machine line their results files print.
 */
import os from 'node:os'

import { load, type LoadOptions, type LoadResult } from './load'

export type Scenario = [label: string, target: Pick<LoadOptions, 'url' | 'method' | 'headers' | 'body'>]

export async function measureSideBySide(scenarios: Scenario[], seconds: number): Promise<[string, LoadResult][]> {
  const rows: [string, LoadResult][] = []
  const width = Math.max(...scenarios.map(([label]) => label.length)) + 2
  for (const [label, target] of scenarios) {
    const probe = await fetch(target.url, { method: target.method, headers: target.headers, body: target.body })
    if (probe.status !== 200) throw new Error(`${label}: ${probe.status} ${await probe.text()}`)
    await load({ ...target, seconds: 1, connections: 4 }) // warm-up
    const result = await load({ ...target, seconds, connections: 4 })
    rows.push([label, result])
    console.log(
      `${label.padEnd(width)} ${result.rps.toFixed(0)} req/s  p50 ${result.p50} ms  p95 ${result.p95} ms  5xx ${result.errors5xx}`,
    )
  }
  return rows
}

/** "Machine: … Date: …", for a results file's head. */
export function machineLine(at = new Date()): string {
  const cpu = os.cpus()
  return `Machine: ${cpu.length} × ${cpu[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}. Date: ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC.`
}

export function resultsTable(rows: [string, LoadResult][]): string {
  return [
    '| request | req/s | p50 ms | p95 ms | p99 ms | 5xx |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map(([what, r]) => `| ${what} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors5xx} |`),
  ].join('\n')
}
