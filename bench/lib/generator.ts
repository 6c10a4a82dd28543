/** Runs bench/generate.ts in a child process on a prepared environment and returns what it generated. */
import { spawn } from 'node:child_process'

import type { Generated } from '../generate'
import type { Scale } from './scale'

export function runGenerator(scale: Scale, env: Record<string, string | undefined>): Promise<Generated> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/run.mjs', 'bench/generate.ts', `--scale=${scale.name}`], {
      env: env as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let summary: Generated | undefined
    let rest = ''
    child.stdout.on('data', (chunk: Buffer) => {
      rest += chunk.toString()
      const lines = rest.split('\n')
      rest = lines.pop() ?? ''
      for (const line of lines) {
        if (line.startsWith('GENERATED:')) summary = JSON.parse(line.slice(10)) as Generated
        else console.log(line)
      }
    })
    child.on('exit', (code) => (code === 0 && summary ? resolve(summary) : reject(new Error(`generator exited ${code}`))))
  })
}
