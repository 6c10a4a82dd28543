import { build } from 'esbuild'
import fs from 'node:fs'
import path from 'node:path'

import { ISLANDS_MANIFEST, ISLANDS_OUT_DIR, type IslandsManifest } from '@/site/islands/bundle'

const ENTRY = 'src/site/islands/entry.tsx'

/** Bundles src/site/islands/entry.tsx into Next's static folder and writes the manifest last. */
export async function buildIslands(root: string): Promise<{ entry: string; bytes: number }> {
  const outdir = path.join(root, ISLANDS_OUT_DIR)
  fs.rmSync(outdir, { recursive: true, force: true })
  const result = await build({
    absWorkingDir: root,
    entryPoints: [ENTRY],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    // What Next's own browser build targets by default.
    target: ['chrome111', 'edge111', 'firefox111', 'safari16.4'],
    minify: true,
    jsx: 'automatic',
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    define: { 'process.env.NODE_ENV': '"production"' },
    // Preact in React's place: the islands use hooks, portals, lazy and Suspense, which preact/compat
    // gives in about 12 KB, where react-dom alone is 184 KB that a phone spends a quarter of a second
    // evaluating (the article's main-thread blocking time; bench/results/lighthouse-islands.md).
    // Islands focus with a ref (src/site/islands/focus-on-mount.ts): Preact writes autoFocus as the
    // HTML attribute, which a browser honours only while the page loads.
    alias: {
      react: 'preact/compat',
      'react-dom': 'preact/compat',
      'react-dom/client': 'preact/compat/client',
      'react/jsx-runtime': 'preact/jsx-runtime',
    },
    metafile: true,
    // 'use client' marks a module for Next; in a bundle of client code only, it says nothing.
    logOverride: { 'module-level-directive': 'silent' },
    logLevel: 'warning',
  })
  const outputs = Object.entries(result.metafile.outputs)
  const entry = outputs.find(([, output]) => output.entryPoint === ENTRY)
  if (!entry) throw new Error('the islands build wrote no entry')
  const manifest: IslandsManifest = { entry: path.basename(entry[0]) }
  fs.writeFileSync(path.join(root, ISLANDS_MANIFEST), JSON.stringify(manifest))
  return { entry: manifest.entry, bytes: outputs.reduce((sum, [, output]) => sum + output.bytes, 0) }
}
