/**
 * Builds the reader site's islands bundle (src/site/islands/entry.tsx) after `next build`:
 *   node scripts/run.mjs scripts/build-islands.ts
 * Reader pages ship this instead of Next's client runtime (src/server/script-free-pages.ts): the
 * islands on preact/compat, hydrated one by one, not React's router and the whole document.
 * Minified, named by content hash; the manifest tells the pages its name.
 */
import { buildIslands } from './lib/islands-build'

const started = performance.now()
const { entry, bytes } = await buildIslands(process.cwd())
console.log(`islands bundle: ${entry}, ${Math.round(bytes / 1024)} KB in ${Math.round(performance.now() - started)} ms`)
