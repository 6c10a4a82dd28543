#!/usr/bin/env node
/**
 * Runs one of the project's TypeScript entry points (server.ts, scripts/*.ts) on plain Node:
 *   node scripts/run.mjs server.ts [args…]
 * The entry is bundled with esbuild (our code only; packages stay external and load natively) to
 * .build/<name>.<pid>.mjs, then imported. Why not `node --import tsx`: with Payload's module graph, tsx's
 * loader hooks leave Node's ESM loader hanging at random (a quarter of runs exited with an
 * unsettled top-level await, or silently with code 0, having done nothing); a bundle has no hooks.
 */
import { build } from 'esbuild'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const [entry, ...rest] = process.argv.slice(2)
if (!entry) {
  console.error('usage: node scripts/run.mjs <entry.ts> [args…]')
  process.exit(2)
}

const name = path.basename(entry).replace(/\.[cm]?tsx?$/, '')
// One file per process: several servers may start at once in the tests.
const outfile = path.resolve('.build', `${name}.${process.pid}.mjs`)
process.on('exit', () => fs.rmSync(outfile, { force: true }))
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
})
process.argv = [process.argv[0], outfile, ...rest]
await import(pathToFileURL(outfile).href)
