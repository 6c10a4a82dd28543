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
import module from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

// Node keeps the bytecode it compiles for each module on disk (os.tmpdir()/node-compile-cache, or
// NODE_COMPILE_CACHE; it checks each entry against the source and recompiles on a mismatch). A start
// after the first then skips compiling Next's and Payload's code: the server was ready in about
// 1.3 s instead of 1.7-2.2 s here. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
module.enableCompileCache()

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
