import { spawnSync } from 'node:child_process'

/**
 * Runs a benchmark once per database engine, each in a child process of its own (the Payload config
 * binds its adapter when it loads, once per process), one after the other. The child prints its
 * progress, then its rows as one `ROWS:<json>` line, which is gathered here.
 */
export function rowsFromEngineChildren<Row>(script: string, engines: string[], args: string[]): Row[] {
  const rows: Row[] = []
  for (const engine of engines) {
    const result = spawnSync(process.execPath, ['scripts/run.mjs', script, `--child-engine=${engine}`, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
    })
    const output = result.stdout ?? ''
    process.stdout.write(
      output
        .split('\n')
        .filter((line) => !line.startsWith('ROWS:'))
        .join('\n'),
    )
    const line = output.split('\n').find((entry) => entry.startsWith('ROWS:'))
    if (result.status !== 0 || !line) throw new Error(`the ${engine} run failed (exit ${result.status})`)
    rows.push(...(JSON.parse(line.slice(5)) as Row[]))
  }
  return rows
}
