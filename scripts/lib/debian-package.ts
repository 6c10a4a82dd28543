import { spawn } from 'node:child_process'
import fs from 'node:fs'

/**
 * Test tools that come from Debian's packages (Chromium for the browser tests, HAProxy for the
 * scale-out topology) are not on a fresh machine, so the legs that need them install them with
 * apt-get: as root directly, otherwise through `sudo -n` (never prompts). `apt-get update` runs only
 * when the install fails without it (stale or missing package lists). An override variable (for
 * example CHROMIUM_PATH) points at another binary and skips all of this. Returns the binary's path;
 * throws with a message saying what to do when it cannot.
 */
export type DebianTool = { label: string; packageName: string; binary: string; overrideVariable: string }

export function toolPath(tool: DebianTool): string {
  return process.env[tool.overrideVariable] || tool.binary
}

export async function ensureDebianPackage(tool: DebianTool): Promise<string> {
  const { label, packageName, overrideVariable } = tool
  const executable = toolPath(tool)
  if (fs.existsSync(executable)) {
    console.log(`${label}: ${executable}`)
    return executable
  }
  if (process.env[overrideVariable]) {
    throw new Error(
      `${overrideVariable}=${executable} does not exist: point it at a ${label} binary, or unset it to use Debian's ${packageName} package.`,
    )
  }
  if (!fs.existsSync('/usr/bin/apt-get')) {
    throw new Error(`${executable} is missing and there is no apt-get here: install ${label} and set ${overrideVariable} to it.`)
  }

  const asRoot = process.getuid?.() === 0
  const prefix = asRoot ? [] : ['sudo', '-n']
  const install = [...prefix, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '--no-install-recommends', packageName]
  const update = [...prefix, 'apt-get', 'update']
  const started = performance.now()
  console.log(`${label}: ${executable} is missing; installing Debian's ${packageName} package${asRoot ? '' : ' (through sudo -n)'}.`)

  let result = await runQuiet(install)
  if (result.code !== 0) {
    console.log(`${label}: the install failed (exit ${result.code}); running apt-get update and trying again.`)
    const updated = await runQuiet(update)
    if (updated.code !== 0) {
      throw new Error(`apt-get update failed (exit ${updated.code}); cannot install ${label}:\n${tail(updated.output)}`)
    }
    result = await runQuiet(install)
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  if (result.code !== 0 || !fs.existsSync(executable)) {
    const hint = asRoot ? '' : ' (not root, and `sudo -n` did not work: run the suite as root or install it by hand)'
    throw new Error(
      `could not install ${label} after ${seconds} s${hint}; ` +
        `install it with \`apt-get install ${packageName}\` or set ${overrideVariable}:\n${tail(result.output)}`,
    )
  }
  console.log(`${label}: installed ${executable} in ${seconds} s.`)
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

/** Debian's Chromium, driven by playwright-core (never a browser downloaded by Playwright). */
export const CHROMIUM: DebianTool = {
  label: 'Chromium',
  packageName: 'chromium',
  binary: '/usr/bin/chromium',
  overrideVariable: 'CHROMIUM_PATH',
}
/** The load balancer in front of several service processes (tests/scale). */
export const HAPROXY: DebianTool = {
  label: 'HAProxy',
  packageName: 'haproxy',
  binary: '/usr/sbin/haproxy',
  overrideVariable: 'HAPROXY_PATH',
}
