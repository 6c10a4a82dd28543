import { spawn } from 'node:child_process'
import fs from 'node:fs'

/**
 * The browser tests drive Debian's own Chromium (never a browser downloaded by Playwright). A fresh
 * machine does not have it, so the e2e leg installs it with apt-get: as root directly, otherwise
 * through `sudo -n` (never prompts). `apt-get update` runs only when the install fails without it
 * (stale or missing package lists). CHROMIUM_PATH points at another binary and skips all of this.
 * Returns the path of the browser; throws with a message saying what to do when it cannot.
 */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium'

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH
}

export async function ensureChromium(): Promise<string> {
  const executable = chromiumPath()
  if (fs.existsSync(executable)) {
    console.log(`Chromium: ${executable}`)
    return executable
  }
  if (process.env.CHROMIUM_PATH) {
    throw new Error(`CHROMIUM_PATH=${executable} does not exist: point it at a Chromium binary, or unset it to use Debian's chromium package.`)
  }
  if (!fs.existsSync('/usr/bin/apt-get')) {
    throw new Error(`${executable} is missing and there is no apt-get here: install Chromium and set CHROMIUM_PATH to it.`)
  }

  const asRoot = process.getuid?.() === 0
  const prefix = asRoot ? [] : ['sudo', '-n']
  const install = [...prefix, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '--no-install-recommends', 'chromium']
  const update = [...prefix, 'apt-get', 'update']
  const started = performance.now()
  console.log(`Chromium: ${executable} is missing; installing Debian's chromium package${asRoot ? '' : ' (through sudo -n)'}.`)

  let result = await runQuiet(install)
  if (result.code !== 0) {
    console.log(`Chromium: the install failed (exit ${result.code}); running apt-get update and trying again.`)
    const updated = await runQuiet(update)
    if (updated.code !== 0) {
      throw new Error(`apt-get update failed (exit ${updated.code}); cannot install Chromium for the browser tests:\n${tail(updated.output)}`)
    }
    result = await runQuiet(install)
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  if (result.code !== 0 || !fs.existsSync(executable)) {
    const hint = asRoot ? '' : ' (not root, and `sudo -n` did not work: run the suite as root or install chromium by hand)'
    throw new Error(
      `could not install Chromium for the browser tests after ${seconds} s${hint}; ` +
        `install it with \`apt-get install chromium\` or set CHROMIUM_PATH:\n${tail(result.output)}`,
    )
  }
  console.log(`Chromium: installed ${executable} in ${seconds} s.`)
  return executable
}

function runQuiet(argv: string[]): Promise<{ code: number; output: string }> {
  console.log(`  $ ${argv.join(' ')}`)
  return new Promise((resolve) => {
    const child = spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', (error) => resolve({ code: 127, output: `${output}${error.message}\n` }))
    child.on('exit', (code) => resolve({ code: code ?? 1, output }))
  })
}

const tail = (text: string, lines = 15) => text.trimEnd().split('\n').slice(-lines).join('\n')
